import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #5 Kenneth Lonergan quote block, no cue
annotate(E, "maj--7231509293", [], chain=[], also_cites=[])

# #6 Paige DeSorbo teaser, no attribution
annotate(E, "maj--3899200812", [], chain=[], also_cites=[])

# #7 PEOPLE: Catherine Zeta-Jones lifestyle brand
annotate(E, "maj--5989177922", [
    ("[[PEOPLE]] has learned", "has learned", "the Oscar winning actress will launch her own lifestyle brand this fall", O),
    ("[[she]] wrote on Instagram", "she [[wrote]] on Instagram", ("Two #Versace vases ~~ Westchester County", 1), S),
    (("Catherine Zeta-Jones", 2), ("A post shared by", 1), "Calm before the storm. ~~ #StyleByZeta", S),
    (("Catherine Zeta-Jones", 3), ("A post shared by", 2), ("Two #Versace vases ~~ #CZJVintage", 2), S),
    (("Catherine Zeta-Jones", 4), ("A post shared by", 3), "Summer setting at the table. ~~ #StyleByZeta", S),
    ("A source", "source also [[told]]", "Zeta-Jones has been working ~~ the right fit", A),
    ("Last week, [[Zeta-Jones]] posted", "Zeta-Jones [[posted]]", None, S),
    ("[[she]] captioned", "captioned", "Ready to work!", S),
], chain=["People"], also_cites=[])

# #8 MediaTakeOut: Rihanna / Hassan Jameel split
annotate(E, "ffn-valid-940", [
    ("MediaTakeOut News", "is reporting", "Rihanna has ended things ~~ gets tired of men sometimes.\"", O),
    ("a source", "source [[told]] the outlet", "Rihanna and him were together for a while", A),
    ("[[the source]] claimed", "source [[claimed]]", "There was nothing salacious ~~ the ending either", A),
    ("the singer", "also [[said]] this", "I used to feel guilty ~~ worth it before.", I),
], chain=["MediaTakeOut"], also_cites=["Vogue"])

# #9 Portia de Rossi quits acting (first paragraph is repeated verbatim; annotated once)
annotate(E, "maj--1426832166", [
    (("Portia de Rossi", 1), ("[[confirmed]] that she has quit", 1), ("she has quit acting for good", 1), I, "confirms"),
    (("[[Portia]] confessed", 1), ("confessed", 1), ("she originally made the decision 18 months ago", 1), I, "confirms"),
    (("[[Portia]] confessed", 1), ("explaining", 1), ("I kind of knew ~~ start a business.", 1), I, "confirms"),
    ("[[Portia]] confirmed that she will", "Portia [[confirmed]] that she will", "she will, in fact, appear ~~ upcoming season five", N),
], chain=[], also_cites=[])

save(__file__)
