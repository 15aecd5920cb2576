import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--903512", [
    ("[[she]] raps", "raps", "I went from dollar bills ~~ my money dance", I),
], chain=[], also_cites=[])

annotate(E, "maj--921749", [
    ("Erika Girardi", "Girardi [[says]]", "she’d just be “another rich bitch with a plane”", N),
    ("the fan favorite star of Bravo’s The Real Housewives of Beverly Hills", "bares", None, I),
    ("[[Erika]] spills", "spills on", "every aspect of her life ~~ thirty-three years her senior)", I),
], chain=[], also_cites=[])

annotate(E, "maj--911425", [
    ("the “Fifty Shades Freed” star", "said", "My family and I ~~ my sister Julia", R, "confirms"),
    ("[[Arielle]] also posted", "also posted", None, S, "confirms"),
], chain=["New York Post"], also_cites=[])

annotate(E, "maj--916690", [
    ("A spellbound Tarantino", "often described", "his auteur-muse relationship ~~ Ingrid Bergman legend", N),
], chain=[], also_cites=[])

annotate(E, "maj--904963", [
    ("[[Roseanne]] reveals", "reveals", "Dan died after suffering ~~ in the previous season", I),
], chain=[], also_cites=[])
save(__file__)
