import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--9790680581", [
    ("A new report", "claiming", "to have “exclusive” details ~~ with Younes Bendjima", O),
    ("HollywoodLife", "purports", "to have the lowdown on the apparent couple’s bedroom escapades", O),
], chain=[], also_cites=["HollywoodLife"])

annotate(E, "maj--5630814357", [
    ("Luke’s wife, Caroline", "posted", None, S),
    ("[[she]] wrote", "she [[wrote]]", "Blake Bryan. ~~ #crashmyplaya", S),
    ("an insider", "exclusively told", "The cold-blooded way ~~ scar her forever", A),
], chain=["Life & Style"], also_cites=[])

annotate(E, "fnn-gossipcop-8241683954", [
    ("[[a source]] tells PEOPLE", "source [[tells]] PEOPLE", "Khloé looked great ~~ a huge, new ring.", A),
    ("[[Kardashian]] was quick", "was quick to clap back", None, S),
    ("[[Kardashian]] was quick", "writing", "as a new mom she’s “tired AF” ~~ energy these days.", S),
    ("[[She]] also said", "also said", "she’d “rather stay home” with her daughter", N),
    ("photo [[she]] shared", "photo she [[shared]]", None, S),
    ("[[a source]] told PEOPLE that", "source [[told]] PEOPLE that", "they “seem to be ~~ since the scandal", A),
    ("[[the source]] shared", "the source [[shared]]", "Khloé’s super family-focused ~~ on their newborn daughter", A),
    ("[[the source]] shared", "adding", "Tristan’s been supportive ~~ so public last night.", A),
    ("Sources", "have also told", "the couple will spend ~~ season starts up again", A),
    ("an insider", "insider [[told]] PEOPLE", "they “respect her decision", A),
    ("[[the source]] said", "the source [[said]]", "Everyone knows Khloé ~~ civil so far", A),
], chain=["People", "TMZ"], also_cites=[])

annotate(E, "ffn-valid-940", [
    ("MediaTakeOut News", "is reporting", "Rihanna has ended things ~~ gets tired of men sometimes", O),
    ("a source", "source [[told]] the outlet", "Rihanna and him were together for a while", A),
    ("the source", "claimed", "There was nothing salacious ~~ the ending either", A),
    ("the singer", "also said", "I used to feel guilty ~~ worth it before.", I),
], chain=["MediaTakeOut"], also_cites=["Vogue"])

annotate(E, "maj--906443", [
    ("their great-grandmother Queen Elizabeth II", "That's [[according to]]", "she’s clearly the ruler at home", N, "confirms"),
    ("their great-grandmother Queen Elizabeth II", "who [[noted]]", "the power balance between the young royal siblings", N),
    ("The 91-year-old monarch", "asked", "if she “looked after” her younger sister", N),
    ("The girl’s mom", "saying", "It’s the other way around", A),
    ("the Daily Mail", "[[according to]] the Daily Mail", "The girl’s mom jumped in ~~ other way around", O),
    ("[[The queen]] replied", "replied", "It’s like that with Charlotte and George", N, "confirms"),
    ("[[The queen]] replied", "noting", "how the 2-year-old princess ~~ her older brother, the prince", N, "confirms"),
    ("the father of the lucky student", "[[According to]] the father", "Charlotte's inclination ~~ typical sibling behavior", A),
    ("[[he]] said at the event", "he [[said]] at the event", "It is often the case ~~ more confident", A),
    ("the Duchess of Cambridge", "reportedly [[told]]", "her daughter Charlotte was “the one in charge” at home", N, "confirms"),
    ("Prince William The Duke of Cambridge", "joked", "his daughter is “going to be trouble when she gets older", N),
], chain=["Daily Mail"], also_cites=[])
save(__file__)
