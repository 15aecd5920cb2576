import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-023legit", [
    ("[[he]] decided to go out", "took fans along for the ride", None, S),
    ("[[a source]] that said", "that [[said]] Justin", "Justin \"doesn't think ~~ young singers.\"", A),
    ("[[He]] also posted", "also posted", None, S),
    ("[[someone]] ask him", "someone [[ask]] him", "Favorite song at the moment?", S),
    ("[[He]] pauses", "replies", "'Starboy,' by The Weeknd", N),
    ("the second voice in the video", "video [[say]]", "We've gotta end it now. That was too funny.", S),
    ("[[he]] called The Weeknd", "he [[called]]", "whack", N),
], chain=["TMZ"], also_cites=[])

annotate(C, "celebrity-164legit", [], chain=[], also_cites=[])

annotate(C, "celebrity-042legit", [
    ("[[Bieber]] said", "Bieber [[said]]", "I got a little ahead of myself", N),
    ("the capacity crowd", "screamed", "No!", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-050legit", [], chain=[], also_cites=[])

annotate(C, "celebrity-120legit", [
    ("The Spring Breakers star", "wrote", "I have not only been following ~~ #cake #goseeit", S, "confirms"),
    ("[[Jennifer]], who told", "who [[told]]", "the praise is 'awkward ~~ humbled.'", I),
    ("[[the actress]] said", "the actress [[said]]", "I gave myself about six weeks ~~ the actor dream role.", N),
], chain=[], also_cites=["New York Post"])
save(__file__)
