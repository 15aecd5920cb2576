import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--912699", [
    ("one critic", "[[according to]] one critic", "The 45-year-old actress and her lifestyle brand ~~ without dying", A),
    ("promoted on [[its]] Twitter", "with the caption", "Why diets don't work, ~~ leanest livable weight.", S),
    ("According to [[the article]], a person", "[[According to]] the article", "a person's \"‘leanest livable weight' ~~ keeps you in.", I),
], chain=[], also_cites=[])

annotate(E, "maj--953582", [
    ("Because [[Chris Klein]] has", "has finally addressed", ("that leaked 'Mamma Mia' audition video", 2), N),
    ("[[Klein]] took it in stride", "took it in stride", "I took a chance -- I can't sing! ~~ dreadful audition.", N),
    ("[[He]] goes on to discuss", "goes on to discuss", "his Funny or Die video", N),
], chain=[], also_cites=["The Huffington Post"])

annotate(E, "ffn-test-87", [
    ("a rep for Mateo", "[[according to]] a rep for Mateo", "Already approaching 1 million ~~ streams for the single", R),
], chain=[], also_cites=[])

annotate(E, "ffn-test-437", [
    ("After [[Halsey]] recently dissed", "dissed", None, I),
    ("Surgery, [[Azalea]] called", "Azalea [[called]] Halsey", "\"[[strange]]\" since", I),
    ("said [[Azalea]], likening", "[[said]] Azalea, likening", "It's a bit weird to bring ~~ you weren't asked about,", N),
    ("said [[Azalea]], likening", "likening it to", "if she suddenly decided ~~ without reason", N),
    ("[[Azalea]] continued", "Azalea [[continued]]", "To me, because I'm a famous person ~~ that I don't know,", N),
    ("[[Halsey]] targeted", "Halsey [[targeted]]", "[[Azalea as someone she would never put on one of her records]].", I),
    ("[[the singer]] said", "the singer [[said]]", "She had a complete disregard ~~ fascinated me.", N),
    ("In response, [[Azalea]] told", "Azalea [[told]] Smallzy", "I thought it was a bit ~~ in the same situation.", I),
], chain=[], also_cites=["The Guardian"])

annotate(E, "maj--917973", [
    ("[[Greisman]] wrote", "Greisman [[wrote]]", "Just some really helpful ~~ Olympic crush,", S),
], chain=[], also_cites=[])
save(__file__)
