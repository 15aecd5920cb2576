import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--5889346481", [
    ("Justin Theroux and Jennifer Aniston", "Aniston [[announced]] their separation", "announced [[their separation]]", N),
    ("Daily Mail", "reports", "the two have met up for dinner dates after meeting in the New York art scene", O),
    ("but [[Theroux]] insists", "insists", "they're just friends", N, "denies"),
    ("[[Theroux]], 46, did", "did previously share", None, S),
    ("[[they]] even talked", "they even [[talked about]]", "the possibility of writing a movie together", N),
    ("Elle", "according to", "They were last seen in public together during New York Fashion Week last month", O),
    ("[[Theroux]] also gave", "also [[gave a shoutout]]", None, S),
    ("the actor", "mentioned", "#selenagomez ~~ chilllikethat.", S),
    ("Theroux and Aniston", "Aniston [[announced]] their split", "their split", N),
    ("the couple", "told", "their separation was \"mutual and lovingly made at the end of last year.\"", R),
], chain=["Daily Mail"], also_cites=["Elle", "Associated Press"])

annotate(E, "maj--1527288531", [], chain=[], also_cites=[])

annotate(E, "maj--1219244678", [
    ("a source close to the hip hop star", "EXCLUSIVELY told", "Drake thought Rihanna looked incredibly sexy at the Grammys", A, "confirms"),
    ("the source", "the source [[continued]]", "He was also disappointed ~~ in NYC with her", A),
    ("E! News", "according to", "Drake and Rihanna have a long history ~~ at a bowling alley", O),
], chain=[], also_cites=["E! News"])

annotate(E, "ffn-valid-837", [
    ("[[A new report]] claims", "A new report [[claims]]", "now that they’re both single, ‘the door is open’ for them to take things to the next level", O),
    ("A new report from OK!", "is claiming", "things might start heating up between Robert Pattinson, 32, and Sienna Miller, 36", O),
    ("an insider", "an insider [[tells]]", "The two actors “have been close for years", A),
    ("an insider", "adding", "they’ve always had a great connection ~~ so it stayed platonic", A),
    ("the source", "the source [[continued]]", "Now that they’re both single, the door is open for them to give this a real shot", A),
    ("the insider", "the insider [[said]]", "All of their mutual friends think Rob and Sienna would be a good match", A),
    ("A source", "A source [[told]]", "Rob, Sienna and her now ex-fiancé Tom Sturridge all went to the singer’s concert together", A),
], chain=["OK!"], also_cites=["E! News"])

annotate(E, "maj--6850065197", [
    ("[[Lamar]] is whimpering", "is whimpering", "his regrets about how he treated the \"Keeping Up with the Kardashians\" star", N),
    ("a source", "according to", "Lamar is whimpering ~~ Kardashians\" star", A),
    ("the source", "the source [[tells]]", "He hates how Khloe's ~~ destined to be together again", A),
    ("The source", "adds", "He's clinging to this hope ~~ face-to-face with her for closure", A),
    ("[[he]]'s even talking", "he's even [[talking about]]", "having a face-to-face with her for closure", N),
    ("[[Khloe]] recently gushed", "gushed over", "her relationship with Tristan", N),
    ("[[she]] told Daily", "she [[told]] Daily", "I'm in the best relationship I've ever been in and it doesn't take a ring for me to feel that way", I),
], chain=["RadarOnline"], also_cites=["Daily Mail"])

save(__file__)
