import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
T = "gossipcop/train.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-test-368", [])
annotate(E, "maj--917883", [])
annotate(E, "maj--917877", [
    ("E! Information", "has discovered", "A fan made the garment for him", O),
], ["E! News"])
annotate(T, "arg-train-3570", [
    ("A source", "source [[tells]]", "the celebration was held ~~ this afternoon", A),
    ("the source", "source [[says]]", "They went all out ~~ stunning and gorgeous", A),
], ["E! News"])
annotate(T, "arg-train-3202", [
    ("Law enforcement sources", "sources [[tell]]", "the incident went down ~~ L. A. home", A),
    (None, ("We're told", 1), "they were arguing when ~~ tossed her on a bed", A),
    ("when [[Ferguson]] grabbed", "and [[said]]", "I'm gon na f * * * ing kill you.", N),
    (None, ("We're told", 2), "cops found scratches ~~ marks on her arm", A),
], ["TMZ"])
annotate(T, "arg-train-2075", [
    ("a source", "spilled", "It ’ s helping Matt ~~ over the years", A),
], [])
annotate(T, "arg-train-3141", [
    ("[[sources]] reveal", "reveal", "he can ’ t put up with ~~ any longer", A),
    ("says [[a source]]", "says", "Jen is banning all kinds ~~ at the apartment either", A),
    ("Claims [[Source]]", "Claims", "Jennifer Aniston ’ s Packed On ~~ Amid Marriage Meltdown", A),
], ["RadarOnline"])
