import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-186fake", [
    ("[[sources]] tell", "sources [[tell]]", "Jennifer has dreamed ~~ getting serious about it", A),
], chain=["Straight Shuter"], also_cites=[])

annotate(C, "celebrity-114fake", [
    ("[[a friend]] told", "friend [[told]]", "Selena getting back together with Justin is a total disaster!", A, "confirms"),
    ("our source", "[[said]] our source", "She was finally on a healthy path ~~ life in order", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-155fake", [
    ("according to [[sources]]", "according to", "Portia de Rossi’s wife is having ~~ buyer’s remorse", A),
    ("according to [[sources]]", "who [[spoke]] to Star", None, A),
    ("the the [[the publication]]", "According to", "Ripa felt betrayed ~~ as a friend", O),
    ("[[DeGeneres]] has allegedly", "apologized", None, N),
    ("by [[Ripa]] who", "was slammed", None, N),
    ("by [[Ripa]] who", "who [[said]]", "she was furious ~~ without warning", N),
    ("[[Strahan]] hit back", "stating", "The most disappointing thing ~~ That is just not true.", N),
    ("[[Strahan]] confirmed", "Strahan [[confirmed]]", "they no longer talk", N),
    ("[[he]] said: “At", "he [[said]]: “At", "At one point I think ~~ learned a lot from her, though.", I),
    ("[[He]] added", "added", "I was not surprised ~~ in front of the camera.", N),
    ("an insider", "insider [[said]]", "Strahan wants to have a sit-down with Ripa", A),
    ("The source", "revealed", "Michael is 100% behind ~~ private meeting with Kelly.", A),
    ("[[Michael]] has made", "has made it clear", "he would love to set up drinks or a private meeting with Kelly", N),
], chain=["Star"], also_cites=["BET"])

annotate(C, "celebrity-147fake", [
    ("[[a source]] claims", "source [[claims]]", "Now that he’s out ~~ his wedding ring", A),
    ("[[a source]].", "[[says]] a source", "Everyone knew ~~ Sasha and Malia", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-100legit", [
    ("[[Donald Trump's ex-wife]] says", "ex-wife [[says]]", "I just consider having a child ~~ in the world", I),
    ("And [[Maples]] says", "Maples [[says]]", "she's learned even more ~~ split in 1999", N),
    ("says [[Maples]], 52", "[[says]] Maples, 52", "I think when you are a single mom ~~ that you could do", N),
    ("[[she]] says.", "she [[says]].", "Now, I'm doing something I never imagined I could do", N),
    ("says [[Maples]].", "[[says]] Maples.", "Just having her faith in me ~~ all the better", N),
], chain=[], also_cites=["People"])
save(__file__)
