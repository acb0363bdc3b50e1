"""The tidying of MedQuAD questions shared by out_of_scope_extra.py and medquad_chat_sample.py."""
import re


def tidy(text, rng):
    text = text.replace('(are) ', '').replace(' (or clinical trials)', '')
    text = re.sub(r'\s+\?', '?', text)
    text = re.sub(r'\?+', '?', text).strip()
    if rng.random() < 0.4:
        text = text.rstrip('?').lower()
    return text
