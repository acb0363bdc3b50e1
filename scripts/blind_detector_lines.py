"""What the blind batches' detector scripts (blind_s7/s8/s9_detector_data.py) share: the training half, sentences,
closeness to a development message, and the set of lines a batch writes.

A line is in the training half when the first byte of SHA-256 of its text is even (scripts/blind_split.py's rule). A
line whose content words are at least half those of a development message is dropped, so nothing close to a
development message is trained on. Each line is written once, as written.
"""
import hashlib
import json
import re
import sys

SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\s*\n+\s*")
WORD = re.compile(r"[a-z0-9']+")
STOP = set("""a an the and or but if so to of in on at for with from by as is am are was were be been being i me my
mine we our you your he him his she her it its they them their this that these those there here what which who whom how
why when where do does did doing have has had having can could will would shall should may might must not no just
like really very too also then than about into over after before up down out off again once all any some more most
im i'm ive i've dont don't its it's""".split())


WHOLE = "whole"


def half(text):
    return "train" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def content(text):
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


def close_to(words, dev):
    if not words:
        return False
    return any(len(words & d) * 2 >= len(words) for d in dev)


def sentences(text):
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s and s.strip()]


def dev_contents(paths):
    """The content words of every turn of the development files (eval --chat or --safety lines)."""
    dev = []
    for path in paths:
        for raw in open(path, encoding="utf-8"):
            if raw.strip():
                line = json.loads(raw)
                for turn in line.get("turns", [line]):
                    dev.append(content(turn["text"]))
    return dev


class TrainingLines:
    """The detector lines of one batch: each text once, none close to a development message."""

    def __init__(self, dev_paths, halves=("train",)):
        self.dev = dev_contents(dev_paths)
        self.halves = set(halves)
        self.seen = set()
        self.dropped = 0
        self.other_half = 0

    def training_half(self, path):
        """(line, stripped text, label) of each line of a writer's file in the training half; counts the others."""
        for raw in open(path, encoding="utf-8"):
            if not raw.strip():
                continue
            line = json.loads(raw)
            text = line["text"].strip()
            if half(text) not in self.halves:
                self.other_half += 1
                continue
            yield line, text, line.get("kind", "crisis") if line.get("urgent") else "none"

    def visitor_turns(self, path):
        """(case, stripped text, turn) of every visitor turn of an NLU file in the training half that expects no urgent
        hand-off. A case is a line with "text" (one turn) or "turns" (a conversation, in the half of its turn texts
        joined by new lines, as the session-12 split.py does)."""
        for raw in open(path, encoding="utf-8"):
            if not raw.strip():
                continue
            line = json.loads(raw)
            turns = line.get("turns", [line])
            if half("\n".join(turn["text"] for turn in turns) if "turns" in line else line["text"].strip()) not in self.halves:
                self.other_half += 1
                continue
            for turn in turns:
                if (turn.get("expect") or {}).get("reason") != "urgent":
                    yield line, turn["text"].strip(), turn

    def add(self, sink, text, label, category):
        text = text.strip()
        if not text or text in self.seen:
            return
        if close_to(content(text), self.dev):
            self.dropped += 1
            return
        self.seen.add(text)
        sink.append({"text": text, "label": label, "category": category})

    def write(self, out, files):
        """files: (name, rows) pairs, each written as JSON lines into the folder out."""
        for name, rows in files:
            with open(out / name, "w", encoding="utf-8") as sink:
                for row in rows:
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{out / name}: {len(rows)}", file=sys.stderr)
        print(f"dropped as close to a development message: {self.dropped}", file=sys.stderr)


def build_session_files(doc, tag, urgent_sentence, story_sentences=False, halves=("train",)):
    """The command line of a scripts/blind_sNN_detector_data.py: SAFETY NLU[,NLU...] OUT_DIR [DEV...] -> blind-TAG.jsonl
    (short urgent messages as they are, the picked sentence of each long urgent one, non-urgent messages as none),
    ordinary-TAG-visitor-sentences.jsonl (the NLU files' visitor turns but those expecting an urgent hand-off, a story
    sentence by sentence) and, with
    story_sentences, ordinary-TAG-story-sentences.jsonl (long non-urgent messages sentence by sentence).
    urgent_sentence maps a long urgent message's id to the index of the sentence that tells the danger, or to a list
    of such indexes (each written as a line of its own), or to WHOLE (a short story that is urgent as a whole: the
    message as it is). halves: the halves of the writers' split read (("train",) unless the held half has been
    released as training material too)."""
    from pathlib import Path
    args = sys.argv[1:]
    if len(args) < 3:
        print(doc, file=sys.stderr)
        sys.exit(2)
    source, nlu, out = Path(args[0]), Path(args[1]), Path(args[2])
    lines = TrainingLines(args[3:], halves)
    written, stories = [], []
    for line, text, label in lines.training_half(source):
        category = line.get("category", "blind")
        if line.get("urgent") and urgent_sentence.get(line.get("id")) == WHOLE:
            lines.add(written, text, label, category + "-" + tag)
        elif line.get("urgent") and line.get("id") in urgent_sentence:
            picked = urgent_sentence[line["id"]]
            for index in (picked if isinstance(picked, list) else [picked]):
                lines.add(written, sentences(text)[index], label, "urgent-sentence-" + category + "-" + tag)
        elif line.get("urgent") and len(sentences(text)) > 3:
            raise SystemExit(f"{line.get('id')}: a long urgent message without a picked sentence")
        elif story_sentences and not line.get("urgent") and len(sentences(text)) > 3:
            for part in sentences(text):
                lines.add(stories, part, "none", "story-" + category + "-" + tag)
        else:
            lines.add(written, text, label, category + "-" + tag)
    ordinary = []
    for path in str(nlu).split(","):
        for line, text, turn in lines.visitor_turns(Path(path)):
            parts = sentences(text)
            kind = (line.get("kind", "") if "turns" in line else line.get("label", "")).split(":")[0].lower()
            for part in (parts if len(parts) > 2 else [text]):
                lines.add(ordinary, part, "none", "visitor-" + kind + "-" + tag)
    files = [(f"blind-{tag}.jsonl", written), (f"ordinary-{tag}-visitor-sentences.jsonl", ordinary)]
    if story_sentences:
        files.append((f"ordinary-{tag}-story-sentences.jsonl", stories))
    lines.write(out, files)
    if lines.other_half:
        print(f"refused as lines of the held-out half: {lines.other_half}", file=sys.stderr)
