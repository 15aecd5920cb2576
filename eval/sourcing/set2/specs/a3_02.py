import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "fnn-gossipcop-7983975408", [
    ("[[Styles]] quipped", "quipped", "Donald Trump finally ~~ back to England", I),
    ("and [[Styles]] shared", "Styles [[shared]]", "some scoop about their new addition", N),
    (("[[he]] joked", 1), ("joked", 1), "She looks a lot like James ~~ a giant baby", N),
    ("[[Styles]] also addressed", "addressed", "the kiss heard ’round the world", N),
    (("[[he]] joked", 2), ("joked", 2), "I would like to take ~~ having a baby", N),
    ("[[Styles]] deadpans", "deadpans", "It definitely feels ~~ preparation for this game", N),
    ("[[Corden]] talks", "talks to", "Zayn’s departure from the group", N),
    ("the host", "asks", "they thought of adding another member like him", N),
    ("[[Styles]] flat-out", "flat-out says", "“[[No.]]”", N),
    ("[[One Direction]] talk", "talk about", "life on the road", N),
    ("[[Styles]] reveals", "reveals", "he went on a juice cleanse", N),
    ("[[he]] tells Corden", "tells", "I actually had all the side effects that you read out", N),
    ("[[The singer]] delivers", "delivers", "some zingers about Russian collusion news", I),
    ("[[he]] jokes", "he [[jokes]]", "The good news for Trump ~~ by Russia", N),
], chain=["Billboard"], also_cites=[])

annotate(E, "ffn-valid-857", [], chain=[], also_cites=[])
annotate(E, "maj--266203600", [], chain=[], also_cites=[])
annotate(E, "ffn-valid-908", [], chain=[], also_cites=[])

annotate(E, "maj--1637698980", [
    ("[[Zayn]] has confirmed", "has confirmed", "whether he’s a member of Team Tay or not", N),
    ("[[Zayn]] has confirmed", "giving his say on", "all the backlash ~~ shade-filled new track", N),
    ("when [[he]] said", "he [[said]]:", "When it comes to anything ~~ pay too much attention", I),
    ("[[Zayn]] went on", "[[went on]]:", "I don’t pay too much attention to what ~~ base my relationship on that", N),
    ("[[he]] did go on", "did go on to confirm", "he has no issues with Swifty herself", N),
    ("[[he]] said.", "he [[said]].", "I rate her as an artist ~~ she’s worked hard", N),
    ("[[Zayn]] added", "[[added]] finally", "I don’t have a bad word to say about her", N),
    ("Mr Malik", "has spoken", None, N),
], chain=[], also_cites=["The Fader"])
save(__file__)
