import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--919214", [
    ("[[Arie]] explained", "Arie [[explained]]", "he filmed the breakup ~~ star of The Bachelorette", I),
    ("[[Arie]] also said", "also said", "he felt pressure to propose ~~ fully sure about it", N),
    ("[[he]] told host", "he [[told]] host", "As a Bachelor, there’s ~~ expected in a way", I),
    ("[[He]] said he started", "He [[said]] he started", "he started to regret ~~ proposal was filmed", N),
    ("[[Arie]] said.", "Arie [[said]].", "In hindsight, no, I shouldn’t have proposed", N),
    ("[[He]] told Strahan", "He [[told]] Strahan", "he hadn’t seen Becca ~~ After the Final Rose", I),
    ("until [[he]] apologized", "apologized", None, I),
    ("closure,” [[he]] said", "closure,” he [[said]]", "I hope I gave her a little bit of closure", N),
    ("and [[he]] shut it down", "shut it down", None, I),
    ("[[Harrison]] said", "Harrison [[said]]", "That's a decision that the Bachelors are never involved in", I),
], chain=[], also_cites=["E! News"])

annotate(E, "maj--917317", [
    ("[[Beyoncé]], 36", "also posted", None, S),
    ("Oprah Winfrey", "compared", "her whimsical character ~~ Beyoncé’s aunt", N),
    ("[[she]] told Entertainment", "told", "It’s a whole lot to put on ~~ distant relative of Beyoncé,’", I),
], chain=[], also_cites=["ET"])

annotate(E, "ffn-test-410", [
    ("[[Meek Mill]] said a prayer", "and [[told]] Page Six", "I’m in a daze, its unbelievable.", I),
    ("The rapper", "spoke exclusively", None, I),
    ("[[Meek]] said, “I am", "Meek [[said]], “I am", "I am still dazed ~~ take months more.", I),
    ("[[the Supreme Court]] notified", "notified", "his bail", R),
    ("[[Meek]] said of", "Meek [[said]] of", "I was in my cell ~~ got ready to go.", N),
    ("and [[they]] said", "they [[said]]", "I’m free.", O),
    ("[[He]] added", "He [[added]]", "he still had work to do ~~ failing criminal justice system", N),
    ("[[He]] said his", "He [[said]] his", "his greatest joy ~~ his dad in jail", N),
    ("a sketch of his father", "that [[read]]", "Free Meek Mill", I),
    ("[[Papi]] had been", "adorably told", "I miss my dad very much.", I),
    ("[[Meek]] explained", "explained", "I am going to watch the game ~~ all this time with him.", N),
    ("and [[he]] had been asking", "had been asking", "how we were going to celebrate", N),
    ("[[Meek]] added", "Meek [[added]]", "he also wanted to take ~~ campaigned for his release", N),
    ("[[Meek]] added", "promised", "to fight to change ~~ fight for their freedom", N),
], chain=[], also_cites=["Page Six"])

annotate(E, "maj--905119", [
    ("The 44-year-old singer", "breaks the news", None, I, "confirms"),
    ("The 44-year-old singer", "revealing", "he popped the question ~~ more than a year", I, "confirms"),
    ("[[he]] gushed", "gushed", "We just got engaged", N, "confirms"),
    ("[[I]] said, ‘I got", "I [[said]], ‘I got", "I got you something.", N),
    ("[[I]] said, ‘I want", "I [[said]], ‘I want", "I want to spend my life with you.", N),
    ("[[he]] was like", "was like", "What is the question?", N),
    ("[[I]] said] ‘Would", "[I [[said]]]", "Would you marry me?", N),
    ("[[He]] adds", "adds", "It was very beautiful … He said yes.", N, "confirms"),
    ("… [[He]] said yes", "He [[said]] yes", "said [[yes]].", N),
    ("[[Martin]] seemed", "seemed to confirm", "the relationship", S),
    ("[[Martin]] seemed", "posting", "Yup.", S),
    ("[[Martin]] flashes", "tells", "the two are now living together", I),
    ("[[Martin]] says", "says", "He’s a conceptual artist ~~ then I collected him", N),
], chain=[], also_cites=[])

annotate(E, "maj--936067", [], chain=[], also_cites=[])
save(__file__)
