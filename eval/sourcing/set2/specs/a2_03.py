import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--945054", [
    ("the WWE star", "reveals", "she’s reconciled with John Cena — and that he agreed to reverse his vasectomy and give her a child", I, "confirms"),
    ("[[she]] gushes", "gushes", "Can you believe he’s going to give me a baby?", N, "confirms"),
    ("says [[Brie]], who’s", "[[says]] Brie, who’s", "Get pregnant with me, on my second!", N),
    ("crazy,” says [[Nikki]].", "crazy,” [[says]] Nikki.", "It’d be crazy", N),
    ("says [[Kathy]], tearing", "[[says]] Kathy", "It’s been such an emotional couple of weeks", N),
    ("mode,” says [[Nikki]].", "mode,” [[says]] Nikki.", "I feel like I’m still trying to process ~~ wedding planning mode", N, "confirms"),
    ("season, [[Nikki]] questions", "questions", "if she needs to call off the wedding again due to “deeper problems.”", I),
    ("Sources", "Sources previously [[told]]", "her decision to call it quits was due to their differing stances on marriage and having kids", A),
    ("[[PEOPLE]] confirmed", "confirmed", "they are back together", O),
], chain=["E! News"], also_cites=["People"])

annotate(E, "ffn-test-597", [
    ("[[Maria Menounos]] says", "Menounos [[says]] she", "she has been diagnosed with a benign brain tumor", N, "confirms"),
    ("[[Maria Menounos]] says", "has announced", "her resignation from E! News", N, "confirms"),
    ("[[Menounos]] tells", "tells", "she underwent surgery last month to remove a golf-ball-sized tumor discovered in February", I, "confirms"),
    ("[[Menounos]] says 99.9", "Menounos [[says]] 99.9", "99.9 percent of the tumor was removed during the seven-hour procedure on June 8", N),
    ("She", "She [[says]]", "there's a small chance that it could come back", N),
    ("[[E!]] says Monday", "E! [[says]] Monday", "Menounos is leaving the network after three years", R, "confirms"),
    ("The cable network", "network [[says]]", "it believes Menounos will tackle ~~ she is known for", R),
    ("[[Menounos]], who is", "wrote", None, S),
    ("[[she]] captioned", "captioned", "First I wanna say thank you ~~ keep her in your prayers", S),
    ("the 39-year-old", "old [[says]]", "her face is still numb from the surgery but should be back to normal soon", N),
], chain=[], also_cites=["People"])

annotate(E, "ffn-valid-267", [
    ("[[Miley]] croons", "croons", "I know that I gave you my heart", I),
    ("[[she]] continues", "she [[continues]]", "And that’s what’s got me wondering what it’s like", I),
    ("[[Miley]] does admit", "does admit to", "missing him at the very end", N),
], chain=[], also_cites=[])

annotate(E, "ffn-valid-415", [
    ("Us Weekly", "[[According to]] Us Weekly", "Chrisley Knows Best star Julie Chrisley ~~ from the great beyond", O),
    ("[[Julie]] explains", "explains", "one of the last moments ~~ severe electrical mishap", N),
    ("[[she]] says in", "she [[says]] in", "No one would have any way of knowing that", I),
    ("[[Henry]] begins", "relays", None, N),
    ("[[Henry]] says", "Henry [[says]]", "He comes through very very peaceful", N),
    ("according to [[E!]].", "[[according to]] E!.", "there was more that Trey wanted to tell the Chrisley Knows Best star", O),
    ("[[Tyler Henry]] went on to tell", "went on to tell", "there was a feeling that Julie’s father ~~ a part of Harvey went with him", N),
    ("[[Henry]] went on to say", "went on to say", "Trey’s ghost wanted to apologize to Julie", N),
    ("[[Tyler]] went on,", "Tyler [[went on]],", "So for him, he’s apologizing ~~ impact dad so much.'", N),
    ("[[he]]’s apologizing", "apologizing", "I’m sorry that I went ~~ impact dad so much.", N),
    ("[[Julie]] then breaks", "talking about", "how Trey’s death affected Harvey and how different her father was after her brother’s death", N),
    ("People Magazine", "[[According to]] People", "the young starlet is in the news ~~ premiered on HSN", O),
    ("[[Savannah]] says", "Savannah [[says]]", "He has been absolutely amazing", N),
], chain=["Us Weekly"], also_cites=["E! News", "People"])

annotate(E, "ffn-test-816", [
    ("Bennett’s character", "notes", "it’s pretty much the same sketch as before—with more current references", N),
], chain=[], also_cites=[])

save(__file__)
