import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
T = "gossipcop/train.jsonl"
V = "gossipcop/val.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(T, "arg-train-871", [
    ("E! News", "reports", "the Hollywood duo ` ` spent time ~~ every opportunity", O),
], ["E! News"])
annotate(T, "arg-train-3767", [])
annotate(T, "arg-train-1537", [])
annotate(V, "arg-val-623", [
    ("RadarOnline. com", "has learned", "Holmes was fuming ~~ daughter Suri", O),
    ("a friend", "claimed", "Jamie ’ s going to have ~~ together with Katie", A),
], ["RadarOnline"])
annotate(V, "arg-val-743", [
    ("Thomas Markle", "Markle [[told]]", "he wanted to walk ~~ if he could", I),
    ("[[he]] told the website", "he [[told]] the website", "Of course I ’ d walk ~~ a part of history", I),
    ("[[He]] said he", "He [[said]]", "he was back in the hospital ~~ release him in time", N),
    ("[[He]] also told", "also told", "Meghan tried calling him ~~ missed the call", I),
], ["TMZ"])
annotate(V, "arg-val-813", [
    ("RadarOnline. com", "has exclusively learned", "the 54 - year - old actor ~~ of his recovery", O),
    ("a source close to Pitt", "told", "Brad is sober right now ~~ drinking or using", A),
], ["RadarOnline"])
annotate(V, "arg-val-549", [])
