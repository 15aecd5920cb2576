import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--4937511661", [
    ("TMZ", "has confirmed", "Beyonce has given birth ~~ nearly a week", O),
    ("Sources connected with the family", "family [[tell]]", "the twins were born ~~ Los Angeles hospital", A),
    (None, "We're told", "a \"minor issue\" surfaced ~~ releasing them", A),
    ("One source", "source [[told]]", "Beyonce also remains at the hospital", A),
], ["TMZ"])
annotate(E, "maj--7762159427", [
    ("a source", "that [[said]]", "Justin \"doesn't think ~~ young singers.", A),
    ("someone", "someone [[ask]]", "Favorite song at the moment?", S),
    ("[[He]] pauses", "replies", "'Starboy,' by The Weeknd", N),
    ("the second voice in the video", "video [[say]]", "We’ve gotta end it now. ~~ That was too funny.", S),
], ["TMZ"])
annotate(E, "maj--3177810302", [
    ("[[The judge]] confessed", "confessed", "he didn't watch the show", I),
    ("[[The judge]] confessed", "but [[said]]", "it's hard to imagine E! ~~ a bad mother", I),
    ("[[The judge]] scoffed", "saying", "Chyna was only in negotiations ~~ enforceable contract", I),
], [])
annotate(E, "maj--8996311550", [
    ("Polly Shute", "says", "Red heads know how ~~ as red as you dare.", R),
], [])
annotate(E, "maj--916319", [
    ("[[he]] wrote", "he [[wrote]]", "Another very inspiring visit ~~ toothless baby pitbull", S),
    ("Theroux and Aniston", "confirming", "they were ending their two-year marriage", R),
    ("the Feb. 15 statement", "statement [[read]]", "In an effort to reduce ~~ cherished friendship", R),
], [])
annotate(E, "maj--955353", [
    ("[[Amber Rose]] suggested she", "Rose [[suggested]] she", "she is \"Becky with the good hair.", N),
    ("The 45-year-old actress", "[[spoke out]] through", None, R),
    ("after [[Rose]] suggested Paltrow", "Rose [[suggested]] Paltrow", "Paltrow is \"Becky with the good hair", N),
    ("the rep", "rep [[told]]", "[It's] completely absurd and 100 percent false", R),
    ("[[Rose]] named", "named", None, I),
    ("[[Rose]] said", "Rose [[said]]", "I definitely think ~~ with the good hair,'", I),
    ("[[She]] got engaged", "and [[told]] Good", "she's enjoying wedding planning", I),
], ["People"])
annotate(E, "maj--908032", [
    ("[[Chalamet]] captioned", "captioned", "Same date, 5 years later: THE QUEEN #sagawards", S),
    ("[[Chalamet]] talked", "talked about", "his decision not to bring ~~ Golden Globes", I),
    ("[[he]] quipped", "quipped", "I went with my sister. ~~ a good time there", N),
    ("Chalamet’s Lady Bird co-star, Saoirse Ronan", "opened up", "the actor’s decision ~~ other charities", I),
], ["ET"])
