package com.clinicfaq.chatbot.chat;

import java.util.Locale;

/**
 * How the conversation so far was used to understand a message: recorded on each turn's decision
 * ({@link RoutingDecision#context()}) and in the transcript, so that a reply that rests on the previous turn can be
 * explained. A turn read on its own records none.
 */
public enum ContextUse {

	/** A reply to "did you mean ...?" chose one of the offered options ("the second one", "yeah pls"). */
	CLARIFY_CHOICE("chose an option of the previous \"did you mean ...?\""),

	/** A reply to "did you mean ...?" asked for both options ("both please"). */
	CLARIFY_BOTH("asked for both options of the previous \"did you mean ...?\""),

	/** A reply to "did you mean ...?" turned every option down ("neither"): asked to rephrase. */
	CLARIFY_NEITHER("turned down every option of the previous \"did you mean ...?\""),

	/** "none of those", "no neither" after an answer: the answer was not what the visitor asked. */
	ANSWER_TURNED_DOWN("turned down the previous answer (\"none of those\")"),

	/** "really?", "says who?", "how do you know?" right after an answer: the same answer again. */
	ANSWER_DOUBTED("doubted the previous answer (\"really?\"): the same answer again"),

	/** "and after?" after how to prepare: the other side of the session. */
	OTHER_SIDE_OF_SESSION("asks about the other side of the session in time (before, after)"),

	/** A bare "ok", "no thanks" after an answer. */
	ACKNOWLEDGED("acknowledged the previous answer"),

	/** "yes please" after an answer that offered a person. */
	PERSON_ACCEPTED("accepted the previous answer's offer of a person"),

	/** A close call on its own, decided by how the reading with the previous message ranks the two. */
	CLOSE_CALL_BY_CONTEXT("a close call alone; the previous message ranks one option higher"),

	/** The previous question again, about another form, medicine or condition, or narrowed ("what about the shot?"). */
	SAME_QUESTION("the previous question again, about something else or narrowed"),

	/** The previous question again with nothing new in it but a reason or a doubt ("why not?", "for what though?"). */
	SAME_TOPIC_NOTHING_NEW("no word of its own beyond the previous question: the same topic"),

	/** "how long do they last?" after side effects: the effects just described. */
	EFFECTS_JUST_DESCRIBED("points at the effects just described"),

	/** "what about prozac?" after how fast ketamine works: that property of another medicine, handed off. */
	OTHER_MEDICINE_ASKED("the previous question asked of another medicine: not answered from the catalog"),

	/** "what if I'm on lithium?", "he's on seroquel": a medicine someone takes, asked about with ketamine. */
	MEDICINE_TAKEN("names a medicine someone takes: whether it goes with ketamine treatment"),

	/** "and the nasal spray?" after an answer about one condition: that form's own answer. */
	FORM_AFTER_CONDITION("names a form of ketamine after an answer about a condition"),

	/** "and the spray?" after an answer about the infusion: that form's own answer. */
	OTHER_FORM("names another form of ketamine after an answer about one form"),

	/** "what do I need to have tried before" after any answer: the treatments to have had first, who qualifies. */
	PRIOR_TREATMENTS("asks which treatments must come before ketamine: who qualifies"),

	/** "and for ocd?" after an answer about anxiety: that condition's own answer. */
	OTHER_CONDITION("names another condition after an answer about a condition"),

	/** "is it the same dose as for depression?": the condition only narrows a question of its own. */
	CONDITION_NARROWS("a question of its own that a condition only narrows"),

	/** A follow-up clear on its own: the previous message was not needed. */
	CLEAR_ON_ITS_OWN("a follow-up clear on its own"),

	/** "and the side effects, what are they?": off-topic alone for want of a subject, one topic clearly under that. */
	TOPIC_UNDER_OFF_TOPIC("off-topic alone for want of the subject the conversation gives it"),

	/** "are those covered too?": the pronoun carries the subject on, the question is its own. */
	OWN_TOPIC_BEHIND_PRONOUN("a topic of its own behind a pronoun that carries the subject"),

	/** With the previous message it only repeated the previous answer, and nothing carries that topic on. */
	OWN_QUESTION("its own question: the previous message only pulled it back to the previous answer"),

	/** After what ketamine is, "it" is ketamine, the subject of every topic ("how is it given?"). */
	IT_IS_KETAMINE("\"it\" read as ketamine, the subject of the conversation"),

	/**
	 * Handed off on its own with a topic of the catalog under the off-topic call, and the reading with the previous
	 * message answers that topic (2026-12-02, s15-followups: "can i go to the gym" after what to do after a session).
	 */
	UNPLACED_BACKED_BY_PREVIOUS("handed off on its own; the previous message backs a topic its own ranking has"),

	/**
	 * Another medicine or service named in a follow-up that the classifier places on a topic of the catalog, asked of
	 * ketamine treatment: compared with it ("how quick is onset relative to SSRIs?"), taken with it ("any trouble
	 * mixing?") or the previous question cut short ("and Medicaid?" after the cost).
	 */
	ASKED_OF_KETAMINE("names another medicine or service, asked of ketamine treatment in this conversation"),

	/**
	 * Clearly off-topic on its own, no topic of the catalog under that, and its "it" or "that" read as ketamine still
	 * off-topic: not read with the previous message ("is it going to rain this weekend" after an answer).
	 */
	UNRELATED_ON_ITS_OWN("clearly off-topic on its own, nothing in it about ketamine: not read with the previous message"),

	/** Unsure on its own, and the reading with the previous message answers the topic its own ranking puts first. */
	UNSURE_BACKED_BY_PREVIOUS("unsure on its own; the previous message backs its likeliest topic"),

	/** Read with the previous message, an unsure reading with the previous topic close under it: that topic. */
	PREVIOUS_TOPIC_CLOSE("read with the previous message, a close call settled for the topic of the conversation"),

	/** "is that permanent??" after a harm was described: whether it lasts, the long-term effects. */
	LASTING_HARM("asks whether a harm just described lasts: the long-term effects"),

	/** "how come it works when pills didn't?": why it works is how it works. */
	WHY_IT_WORKS("asks why it works: how ketamine works"),

	/** "which one do you do most often?" after two forms were compared: the forms of treatment. */
	WHICH_FORM("asks which of the forms just compared the clinic gives: the forms of treatment"),

	/** "which of those can I do at home?" after the forms were named: what can be done at home. */
	WHICH_FORM_AT_HOME("asks which of the forms just named can be used at home: treatment at home"),

	/**
	 * "tell me more about the second one" after two forms were named (by the visitor, or in the answer's order): that
	 * form's own answer.
	 */
	NAMED_FORM_BY_ORDER("points at one of the forms just named by its place (\"the second one\"): that form"),

	/** "should I stop the rest of my sessions?": unsure alone; with the previous message clearly the previous topic. */
	PREVIOUS_SITUATION("unsure on its own; read with the previous message clearly the topic just answered"),

	/** "and the shot?" after a "did you mean ...?" it did not answer: the question asked about, about the shot. */
	CLARIFIED_QUESTION_AGAIN("the question the bot asked \"did you mean ...?\" about, asked again about something else"),

	/** "and for ketamine?" after a message the bot asked about or could not place: read with that message. */
	READ_WITH_UNANSWERED("read together with the previous message, which the bot had not answered"),

	/** "is that risk lower in a clinic?" after whether ketamine is addictive: the same answer. */
	RISK_JUST_DESCRIBED("points at the risk just described: the same answer"),

	/** "for someone with asthma?" after whether it is safe: who should not have ketamine. */
	CONDITION_OF_SOMEONE("the previous question for someone with a condition: who should not have ketamine"),

	/** "warfarin, metoprolol and a statin" after whether one's medicines go with ketamine: the medicines asked about. */
	MEDICINES_LISTED("lists the medicines the previous question asked about: whether they go with ketamine treatment"),

	/** "im 17 btw", "diagnosed PTSD, already tried meds" after who qualifies: what the visitor tells of themselves. */
	DETAILS_FOR_CANDIDACY("tells about the visitor after who qualifies: who qualifies, which the consult decides"),

	/** Classified together with the previous message. */
	READ_WITH_PREVIOUS("read together with the previous message"),

	/** "no, I meant the spray": read with the previous message, without what was just answered. */
	CORRECTION("a correction: read with the previous message, without the answer just given"),

	/** "and the spray for her age?" after who qualifies: the form's own answer says who it is for. */
	WHO_FORM_IS_FOR("who qualifies asked of a form whose own answer says who it is for: that form"),

	/** "no, I meant the IM shots, not the IV" after the cost: a correction that only swaps the form. */
	FORM_CORRECTED("a correction that only names another form: the previous question about that form"),

	/** The follow-up reader chose the message read alone, as a first message, over the rules' reading. */
	READER_ALONE("the follow-up reader chose the message read on its own"),

	/** The follow-up reader chose the topic the message's own ranking puts first. */
	READER_ALONE_BEST("the follow-up reader chose the message's own likeliest topic"),

	/** The follow-up reader chose the topic of the message read after the previous question. */
	READER_WITH_PREVIOUS("the follow-up reader chose the message read with the previous question"),

	/** The follow-up reader chose the previous answer's topic again. */
	READER_PREVIOUS_TOPIC("the follow-up reader carried the previous topic on"),

	/** "and how long is each one" after how many sessions: how long one session takes. */
	LENGTH_OF_EACH("asks how long each of the sessions just counted takes: the session's length"),

	/** "and addiction?" after an answer about a harm. */
	ADDICTION_RISK("names addiction after an answer about a harm: whether ketamine is habit-forming"),

	/** "how is that different from the infusion?" after the injection. */
	FORMS_COMPARED("asks how the injection and the infusion differ: the injection's answer"),

	/** "and how many of those" after how long a session takes: how many sessions, the course of treatment. */
	HOW_MANY_SESSIONS("asks how many of the sessions just described: the course of treatment"),

	/** "and for kids in the ER?" after what ketamine treats: its anesthetic use. */
	ANESTHETIC_USE("names ketamine's anesthetic use after an answer about what it is or treats"),

	/** "what about heavy lifting at the gym?" after driving or working after a session: the aftercare answer. */
	ACTIVITY_AFTER_SESSION("names another activity after a session, after the answer about driving or work"),

	/** "can I have a drink that evening?" after what to do after a session: later that day, the aftercare answer. */
	LATER_THAT_DAY("asks what may be done later on the day of a session, after the aftercare answer"),

	/** "and what's the weather like?": nothing in it belongs to the catalog's topics, so the subject changed. */
	SUBJECT_CHANGED("off-topic on its own with no word of the catalog's topics: the subject changed");

	private final String why;

	ContextUse(String why) {
		this.why = why;
	}

	/** The name in transcripts and replies: the constant in lowercase ({@code same_question}), as routes are named. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** What this use means, in a few words for a reader of the transcript. */
	public String why() {
		return this.why;
	}

}
