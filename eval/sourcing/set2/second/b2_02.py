import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-test-816", [
    ("Bennett’s character", "notes", "it’s pretty much the same sketch ~~ with more current references", N),
], chain=[], also_cites=[])

annotate(E, "maj--921749", [
    ("Erika Girardi", "says", "she’d just be “another rich bitch with a plane", I),
    ("Mess, [[Erika]] spills", "Erika [[spills on]]", "every aspect of her life: from ~~ thirty-three years her senior)", I),
], chain=[], also_cites=[])

annotate(E, "maj--953582", [
    ("Because [[Chris Klein]] has", "has finally addressed", "addressed [[that leaked 'Mamma Mia' audition video]].", N),
    ("[[Klein]] took it", "took it in stride", "I took a chance -- ~~ a dreadful audition.", N),
    ("[[He]] goes on", "goes on to discuss", "his Funny or Die video", N),
], chain=[], also_cites=["The Huffington Post"])

annotate(E, "maj--917865", [
    ("[[she]] wrote in the caption, causing", "she [[wrote]] in the caption, causing", "💗 Kyoto Khlo 💗", S),
    ("[[Kardashian]] wrote", "Kardashian [[wrote]]", "Bamboo Forest with my 🐼", S),
    ("day [[she]] shared", "day she [[shared]]", None, S),
    ("[[She]] wrote, ", "She [[wrote]], ", "💙 有難い 💙", S),
    ("[[Kardashian]] shared a photo of two", "Kardashian [[shared]] a photo of two", None, S),
    ("since [[she]] confirmed", "confirmed", "her pregnancy", N),
    ("blooms [[she]] shared", "blooms she [[shared]]", None, S),
    ("When [[she]] shared a selfie", "When she [[shared]] a selfie", None, S),
    ("[[Kardashian]] shared the caption", "Kardashian [[shared]] the caption", "I guess this is my favorite filter.", S),
], chain=[], also_cites=[])

annotate(E, "ffn-test-437", [
    ("[[Halsey]] recently dissed", "dissed", None, I),
    ("Surgery, [[Azalea]] called", "Azalea [[called]] Halsey", "last week \"[[strange]]\"", I),
    ("said [[Azalea]], likening", "[[said]] Azalea, likening", "It's a bit weird ~~ you weren't asked about", N),
    ("said [[Azalea]], likening", "likening", "it to if she suddenly ~~ without reason", N),
    ("[[Azalea]] continued", "Azalea [[continued]]", "To me, because I'm ~~ people that I don't know", N),
    ("[[Halsey]] targeted", "targeted", "Azalea as someone she would never put on one of her records", I),
    ("the singer", "the singer [[said]]", "She had a complete disregard ~~ it fascinated me.", N),
    ("[[Azalea]] told Smallzy", "Azalea [[told]] Smallzy", "I thought it was a bit ~~ in the same situation.", I),
], chain=[], also_cites=["The Guardian"])
save(__file__)
