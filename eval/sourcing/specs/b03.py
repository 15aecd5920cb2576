import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--939547", [
    ("the pro wrestler", "went on Twitter to share", "wanting to finally “start messing around” with someone", S),
    ("E! News", "according to", "the two were spotted ~~ in San Diego", O),
    ("An eyewitness", "said", "they “looked very much together", A),
], ["E! News"])
annotate(E, "maj--9746788878", [
    ("A source at the restaurant", "tells", "he was having a good time ~~ game was over", A),
    ("the source", "said", "Of course, no one knows", A),
], ["E! News"])
annotate(E, "maj--954894", [
    ("An insider", "told", "Gomez, who once used ~~ when she heard about the news", A),
    ("the source", "mentions", "the two \"always shared ~~ love for one another", A),
    ("The insider", "continued", "Selena has reached out ~~ has been suffering.", A),
    ("Gomez's mother, Mandy Teefy", "grieved", None, S),
], ["E! News"])
annotate(E, "maj--936033", [
    ("[[TMZ]] is", "is reporting", "Meghan Markle's half sister, Samantha, ~~ with the paparazzi", O),
    ("Samantha's boyfriend, Mark", "Mark, [[told]]", "they were driving ~~ \"paparazzi confrontation", I),
    ("[[He]] said the photographer", "He [[said]] the photographer", "the photographer veered ~~ a clear shot", N),
    ("Her boyfriend", "boyfriend [[said]]", "he swerved to the left ~~ concrete barrier", N),
    ("[[He]] said Samantha", "He [[said]] Samantha", "Samantha hit the windshield ~~ floor mat", N),
    ("[[He]] said her foot", "He [[said]] her foot", "her foot was twisted backward", N),
    ("As [[TMZ]] previously", "previously reported", "Samantha and Meghan's father ~~ heart attack", O),
    ("Samantha's boyfriend Mark", "Mark [[said]]", "the paparazzo fled ~~ after the incident", N),
], ["TMZ"])
annotate(E, "maj--9772762855", [
    ("[[he]] told TMZ", "he [[told]] TMZ", "Now I pray ~~ shut up about everything", I),
], ["TMZ"])
annotate(E, "maj--927196", [
    ("[[TMZ]] first", "first reported", "Actor/comedian Will Ferrell ~~ the night before", O),
    ("multiple outlets", "confirmed", "Actor/comedian Will Ferrell ~~ the night before", O),
    ("According to [[TMZ]]", "[[According to]] TMZ", "Ferrell was in an SUV ~~ Southern California", O),
    ("witnesses", "said", "he was awake ~~ from the scene", A),
    ("[[TMZ]] reports", "TMZ [[reports]]", "He did not suffer ~~ from the scene", O),
    ("CBS News", "[[According to]] CBS", "the actor was in the San Diego ~~ Glam Up The Midterms.", O),
], ["TMZ", "CBS News"])
annotate(E, "maj--5459036038", [
    ("(via [[Variety]])", "([[via]] Variety", None, O),
    ("[[Variety]] said", "Variety [[said]]", "she screamed at an Atlanta ~~ refused to stay in her car", O),
    ("the publication", "according to", "Toth, who was also arrested ~~ is .08)", O),
    ("[[She]] later apologized", "apologized", None, R),
    ("[[she]] told Us", "she [[told]] Us", "Out of respect ~~ about the things I said", I),
], ["Variety", "Us Weekly"])
