import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-083legit", [
    ("[[he]] admitted", "admitted", "he would be marrying in Venice", N, "confirms"),
    ("local Liliana Sermonetta", "[[says]] local", "Ever since he admitted ~~ everyone wants to be in on it", N),
    ("The local government", "announced", "the streets near the foot ~~ for Clooney's wedding", R),
    ("waiter Giorgio Valli", "[[says]] waiter", "We are glad that George chose our beautiful city to finally tie the knot", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-130legit", [
    ("[[Swift]] pulled back", "pulled back the curtain on", "her forthcoming album, Reputation", S),
    ("a subsequent frame", "according to", "expects a November 10 release", S),
], chain=[], also_cites=[])

annotate(C, "celebrity-053legit", [
    ("[[Shelton]] took to Twitter", "took to Twitter yesterday to write", None, S),
    ("[[Shelton]] had previously", "had previously commented on", "being a tabloid fixture", I),
    ("[[Shelton]] had previously", "telling", "I love it. ~~ pick it up.", I),
], chain=[], also_cites=[])

annotate(C, "celebrity-246legit", [
    ("The stunning French actress ~~ Johnny Depp", "officially announced", "their separation", N, "confirms"),
    ("[[Paradis]] previously told", "previously told", "she didn't \"want to talk about him [Johnny Depp]", I),
    ("[[she]] has since", "has since shed light on", "the demise of her relationship with the 49-year-old actor", I, "confirms"),
], chain=[], also_cites=["Elle", "Harper's Bazaar"])

annotate(C, "celebrity-158legit", [
    ("[[Hailey]] captioned", "captioned", "Happy 22nd birthday angel face. ~~ To many more", S),
], chain=[], also_cites=[])

save(__file__)
