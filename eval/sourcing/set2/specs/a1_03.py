import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--906443", [
    ("their great-grandmother Queen Elizabeth II", "That's [[according to]]", "Four-year-old Prince George may be ahead ~~ ruler at home", N, "confirms"),
    ("their great-grandmother Queen Elizabeth II", "noted", "the power balance between the young royal siblings", N),
    ("The 91-year-old monarch", "asked", "if she “looked after” her younger sister", N),
    ("The girl’s mom", "saying", "It’s the other way around", A),
    ("the Daily Mail", "around,\" [[according to]]", "The girl’s mom jumped in saying: “It’s the other way around", O),
    ("[[The queen]] replied", "replied", "It’s like that with Charlotte and George", N, "confirms"),
    ("[[The queen]] replied", "noting", "how the 2-year-old princess keeps a watchful eye over her older brother, the prince", N, "confirms"),
    ("the father of the lucky student", "According to", "Charlotte's inclination to watch over her older brother is typical sibling behavior", A),
    ("[[he]] said at the event", "he [[said]] at the event", "It is often the case that a younger child is more confident", A),
    ("the Duchess of Cambridge", "reportedly told", "her daughter Charlotte was “the one in charge” at home", N, "confirms"),
    ("Prince William The Duke of Cambridge", "joked", "his daughter is “going to be trouble when she gets older.”", N),
], chain=["Daily Mail"], also_cites=[])

annotate(E, "maj--944828", [
    ("the 20-year-old", "alongside the message", "Welcome home, Khloe and True... ~~ we love you.", N, "confirms"),
    ("[[an insider]] telling", "insider [[telling]]", "The whole family is thrilled ~~ welcome home for her.", A),
    ("[[an insider]] recently", "recently revealed", "the family are finding it difficult ~~ change his ways", A),
    ("mum Kris Jenner", "insisted", "she won’t be interfering in her daughter’s relationship either way", N),
    ("mum Kris Jenner", "saying", "I think you just have to be there for your kid and follow their lead", N),
], chain=["E! News"], also_cites=[])

annotate(E, "ffn-test-106", [
    ("the 40-year-old actress", "revealed", "The My Name Is Earl star welcomed ~~ on Oct. 16", S, "confirms"),
    ("[[she]] captioned", "captioned", "They’re here! ~~ #DoubleTrouble", S, "confirms"),
    ("[[Pressly]] joked", "joked", "not recognizing her kids after the first ultrasound", I),
    ("\" [[she]] cracked", "cracked", "[Hijazi and I] literally ~~ whose baby that is!'", N),
    ("and [[I]] went", "I [[went]]", "Uh oh, when we deliver ~~ whose baby that is!", N),
], chain=[], also_cites=["ET"])

annotate(E, "maj--911502", [
    ("after [[she]] revealed", "revealed", "he was missing", S),
    ("after [[she]] revealed", "and [[posted]] a public plea", None, S),
    ("the Sex and the City alum", "captioned", "It is with great sadness ~~ Chris Cattrall", S, "confirms"),
    ("myself and my family", "announce", "the unexpected passing of our son and brother, Chris Cattrall", S, "confirms"),
    ("[[the actress]], who grew", "had posted", None, S),
    ("The Royal Canadian Mounted Police", "Police [[told]] CBC", "Christopher’s body had been found ~~ had concluded", R),
    ("[[Police]] said", "Police [[said]]", "the death was not considered suspicious", R),
    ("Cpl. Laurel Scott", "Scott [[told]]", "his body was located somewhere on his property on Sunday", R),
    ("the Mannequin star", "star [[posted]]", None, S),
    ("the Mannequin star", "describing", "“[[a one of a kind brother]],”", S),
    ("the Mannequin star", "and [[adding]] that", "the 55-year-old’s keys ~~ was unlocked", S),
    ("[[she]] wrote", "she [[wrote]]", "This is not like Chris", N),
], chain=[], also_cites=["CBC News", "Global News"])

annotate(E, "maj--902538", [], chain=[], also_cites=[])

save(__file__)
