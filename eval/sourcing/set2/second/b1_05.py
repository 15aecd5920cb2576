import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-111legit", [
    ("[[Beyoncé]] also shared", "Beyoncé [[also shared]]", None, S),
    ("[[She]] also shared close-up", "She [[also shared]]", None, S),
    ("according to [[Vogue]]", "[[according to]] Vogue", "During\xa0a surprise performance ~~ cheered them on", O),
    ("[[Williams]] told E!", "Williams [[told]] E!", "It’s great to have Beyoncé and Jay Z supporting", I),
], chain=["Vogue"], also_cites=["E! News"])

annotate(C, "celebrity-023legit", [
    ("however, [[he]] decided", "took fans along for the ride", None, S),
    ("a source", "source that [[said]]", "Justin \"doesn't think ~~ young singers.\"", A),
    ("[[He]] also posted", "He [[also posted]]", None, S),
    ("someone", "someone [[ask]]", "Favorite song at the moment?", S),
    ("[[He]] pauses", "then replies", "'Starboy,' by The Weeknd", S),
    ("the second voice in the video", "video [[say]]", "We've gotta end it now. That was too funny.", S),
], chain=["TMZ"], also_cites=[])

annotate(C, "celebrity-130legit", [
    ("[[Swift]] pulled back", "pulled back the curtain on", "her forthcoming album, Reputation", S, "confirms"),
    ("a subsequent frame", "[[according to]] a subsequent", "expects a November 10 release", S),
], chain=[], also_cites=[])

annotate(C, "celebrity-205legit", [
    ("noted DC Comics insider Umberto Gonzalez", "Gonzalez [[dropped]]", None, I),
    ("the reporter", "reporter [[said]]", "Affleck has started ~~ for The Batman", I),
    ("[[Gonzalez]] told fans", "Gonzalez [[told]] fans", "Ben Affleck, Batman, I just got word ~~ getting back in shape", N),
    ("the director", "director [[admitted]]", "he’s been a Batman fanboy for years", I),
    ("[[Reeves]] said", "Reeves [[said]]", "It’s a strange thing to be ~~ as a child", N),
], chain=[], also_cites=["New York Daily News"])

annotate(C, "celebrity-034legit", [
    ("Glenn's spokesperson", "confirming", "the rumours were definitively \"not true\"", R, "denies"),
], chain=[], also_cites=[])

save(__file__)
