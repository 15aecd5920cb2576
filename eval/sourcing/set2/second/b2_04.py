import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-053fake", [
    ("According to [[Radar Online]]", "[[According to]] Radar Online", "Blake posed for photos ~~ at the shoulder all night", O),
], chain=["RadarOnline"], also_cites=[])

annotate(C, "celebrity-186fake", [
    ("[[sources]] tell Straight Shuter", "sources [[tell]] Straight Shuter", "Jennifer has dreamed about ~~ getting serious about it", A),
], chain=["Straight Shuter"], also_cites=[])

annotate(C, "celebrity-218fake", [
    ("a mole", "confesses", "In an upcoming episode, ~~ with her camera crew", A),
], chain=["National Enquirer"], also_cites=[])

annotate(C, "celebrity-155fake", [
    ("according to [[sources]]", "[[according to]] sources", "Portia de Rossi’s wife is having ~~ buyer’s remorse", A),
    ("the the [[the publication]]", "[[According to]] the the", "Ripa felt betrayed by DeGeneres ~~ as a friend", O),
    ("[[DeGeneres]] has allegedly", "apologized", None, N),
    ("by [[Ripa]] who said", "was slammed", None, N),
    ("by [[Ripa]] who said", "Ripa who [[said]]", "she was furious over ~~ without warning", N),
    ("[[Strahan]] hit back", "stating", "The most disappointing thing ~~ That is just not true.", N),
    ("[[Strahan]] confirmed", "Strahan [[confirmed]]", "they no longer talk", N),
    ("interview, [[he]] said", "interview, he [[said]]", "At one point I think ~~ from her, though.", I),
    ("[[He]] added", "He [[added]]", "I was not surprised by ~~ in front of the camera.", N),
    ("[[an insider]] said", "an insider [[said]]", "Strahan wants to have a sit-down with Ripa", A),
    ("[[The source]] revealed", "The source [[revealed]]", "Michael is 100% behind ~~ private meeting with Kelly.", A),
    ("friends, [[Michael]] has", "has made it clear", "he would love to set up ~~ private meeting with Kelly", N),
], chain=["Star"], also_cites=["BET"])

annotate(C, "celebrity-212fake", [
    ("Eyewitnesses", "Eyewitnesses [[say]]", "Kris took Mason and Penelope ~~ out for frozen yogurt", A),
], chain=[], also_cites=[])
save(__file__)
