import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 10
annotate(E, "maj--924803", [
    ("The 32-year-old singer", "singer [[shared]] pictures", None, S, "confirms"),
    ("[[Ciara]] wrote", "Ciara [[wrote]]", "\"[[1st Family #Easter]],\" Ciara", S, "confirms"),
    ("by [[Ciara]] (@ciara)", "A post shared by", "[[1st Family #Easter 🐣]] A post", S, "confirms"),
    ("[[Ciara]] also posted", "also [[posted]]", None, S, "confirms"),
    ("[[she]] captioned", "captioned", "Tight Like Glue. ~~ #Easter", S, "confirms"),
    ("[[The singer]] discussed", "singer [[discussed]]", "discussed [[her family]] in", I),
    ("[[The singer]] discussed", "saying", "it has been \"so fun\" ~~ having a son", I),
    ("[[she]] said.", "she [[said]].", "I think it's inevitable ~~ Russ and me", N),
    ("[[Ciara]] also shared plans", "also [[shared]] plans", "plans for her seventh studio album", N),
    ("the star", "star [[said]]", "Two months before I gave birth ~~ making the record", N),
], chain=[], also_cites=["E! News"])

# 11
annotate(E, "ffn-valid-407", [
    ("his sister, Marisha Camp", "has been reported", None, N, "confirms"),
    ("[[Marisha]] posted on", "Marisha [[posted]] on", "if anyone sees him, ~~ many people care", S),
    ("The Riverside Police Department", "Department [[told]] ET", "Marisha \"filed a report ~~ in Riverside, California", R),
    ("that [[Marisha]] \"filed", "stating", "stating [[he was missing]]", I, "confirms"),
    ("someone", "who [[claimed]] that", "her brother was last seen in Riverside, California", A),
    ("[[Police]] say", "Police [[say]]", "he was last seen in Fontana, California, on Thursday morning", R),
    ("[[Marisha]] posted a number", "Marisha [[posted]] a number", None, S),
    ("[[Marisha]] posted a number", "and [[wrote]]", "If anyone has seen ~~ call home!!!", S, "confirms"),
    ("[[She]] said she's", "She [[said]] she's", "she's thankful to people ~~ went MIA", N, "confirms"),
    ("According to [[police]]", "According to", "Jesse's sister reported ~~ was \"unusual", R),
    ("Jesse's sister", "sister [[reported]]", "she last spoke with her brother ~~ of July", N),
    ("which [[she]] said", "which she [[said]]", "\"[[unusual]].\" Police", N),
    ("[[Police]] also told", "Police also [[told]]", "Marisha said Jesse \"may have been depressed lately", R),
    ("that [[Marisha]] said", "Marisha [[said]] Jesse", "Jesse \"may have been depressed lately", N),
    ("a police spokesperson", "added", "Right now we do not see anything dealing with foul play", R),
    ("[[The Riverside Police]] posted", "Police [[posted]] to", None, S),
    ("[[The Riverside Police]] posted", "also [[said]]", "there does not appear ~~ at this time", S),
    ("A Fontana Police Department spokesperson", "explained", "an officer stopped Jesse ~~ missing persons report", R),
    ("[[ET]] reports", "ET [[reports]]", "A bike patrol officer ~~ Jesse was OK", O),
], chain=["ET"], also_cites=[])

# 12
annotate(E, "ffn-valid-508", [
    ("[[RadarOnline.com]] has learned", "has learned", "Luann de Lesseps’ quickie trip ~~ family back together", O),
    ("their daughter Victoria", "posted", None, S),
    ("Peach", "A post shared by", "Me and pops", S),
    ("insiders", "revealed", "Victoria and Tom “hated each other” ~~ Luann and Tom’s split", A),
    ("[[Luann]] claimed", "claimed", "she was “blindsided” by the end of her marriage", N),
], chain=[], also_cites=[])

# 13
annotate(E, "maj--935396", [
    ("the longtime Wolverine actor", "is now suggesting", "Deadpool try and seem a bit less desperate", N),
    ("[[Jackman]] said on", "Jackman [[said]] on", "I might just have a little message for Ryan", I),
], chain=[], also_cites=[])

# 14
annotate(E, "ffn-valid-629", [
    ("[[Cynthia]] recently told", "recently [[told]]", "she's not quite ready ~~ just yet", I, "confirms"),
    ("[[Cynthia]] said with", "Cynthia [[said]] with", "I am dating, and ~~ in my little rotation", N, "confirms"),
    ("[[Cynthia Bailey]] (@cynthiabailey10)", "A post shared by", "@mr.willj", S),
    ("[[Cynthia]] explained", "explained", "I kind of do this thing ~~ that's how we started", I),
], chain=[], also_cites=["The Daily Dish"])
save(__file__)
