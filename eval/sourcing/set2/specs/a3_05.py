import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--925409", [
    ("as [[he]] nodded", "nodded", "nodded \"[[yes]]\"", N),
    ("[[Jacobs]] wrote", "wrote", "And, this happened ~~ @seandon212@1.800.newbold", S, "confirms"),
], chain=[], also_cites=[])

annotate(E, "maj--918138", [
    ("the Call Me By Your Name lead", "recalled", "his reaction to watching ~~ Anne Hathaway", I),
    ("[[he]] reminisced", "reminisced", "I forgot about this ~~ until right now", N),
    ("The Oscar nominee", "continued", "I saw it, and I loved it ~~ I don’t know what I figured.", N),
], chain=[], also_cites=["Variety"])

annotate(C, "celebrity-234fake", [
    ("An insider", "insider [[told]]", "the comedian wants to be roasted ~~ better spotlight", A),
    ("a source", "source [[tells]]", "Kathy knows that she has ~~ next person to get roasted", A),
    ("our source", "source [[adds]]", "She wants to show ~~ those she has angered", A),
    ("a lot of celebrities", "have expressed", "their disappointment in her", N),
    ("[[Kathy]] took to", "took to her Instagram page", None, S),
    ("[[she]] said", "she [[said]]", "I sincerely apologize. ~~ went way too far", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-071fake", [
    ("a close \"friend\"", "told", "Keanu Reeves isn't exactly thrilled with the situation", A),
    ("[[the insider]] dished", "dished", "To see her falling ~~ He's a little heartbroken", A),
    ("Star", "According to", "yet another anonymous source ~~ at any moment", O),
    ("[[sources]] say", "sources [[say]]", "she 'begged Charlize ~~ turn romantic,'", A),
    ("[[the insider]] said", "insider [[said]]", "The South African native ~~ turn romantic,'", A),
], chain=["OK!"], also_cites=["Star"])

annotate(C, "celebrity-087fake", [
    ("RadarOnline.com", "has exclusively learned", "they're gunning ~~ to a charity", O),
    ("The Yeezus rapper and his sex tape star fiancée", "sued", "his leaked video ~~ their bottom line", I),
    ("a source close to the situation", "exclusively tells", "Chad wanted to make a donation ~~ make it go away", A),
    ("but [[they]] are insisting", "are insisting", "Hurley's releasing of the video hit them in the wallet", N),
    ("Judge Ruth Kwan", "[[ruled]] on Friday", "He will face off ~~ on November 17", I),
    ("[[Kardashian and West]] filed", "arguing", "they \"generally object to the entirety\" of Hurley's argument", I),
    ("and [[the judge]] ruled", "the judge [[ruled]]", None, I),
    ("[[the source]] tells", "source [[tells]]", "Chad really doesn't think he did anything wrong", A),
], chain=["RadarOnline"], also_cites=[])
save(__file__)
