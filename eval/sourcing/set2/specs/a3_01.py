import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-test-971", [
    ("a new report", "report [[says]]", "their divorce still isn’t final", O),
    ("E! News", "According to", "Jolie is resentful ~~ near his kids", O),
    ("a source", "source [[told]]", "Brad is opposed ~~ regular custody schedule", A),
    ("[[the report]], is", "according to", "is ‘furious’ at the situation", O),
    ("the source", "the source [[says]]", "Angelina has been in London ~~ shorter periods of time", A),
    ("[[Pitt]] opened", "opened up about", "the custody battle", I),
    ("[[he]] said", "he [[said]]", "I was really on my back ~~ was called", N),
    ("An US Weekly report", "goes on to say", "Pitt is committed ~~ Neri Oxman", O),
    ("the US Weekly source", "source [[said]]", "Brad and Neri ~~ as he would like", A),
    ("[[the report]] continued", "report [[continued]]", "how at odds they continue to be", O),
], chain=["E! News"], also_cites=["GQ Style", "Us Weekly"])

annotate(E, "maj--4575106109", [
    ("[[Gossip Cop]] today", "debunked", None, O),
    ("a tabloid cover story", "[[claiming]] that", "Megyn Kelly is replacing Matt Lauer on NBC’s Today show", O),
    ("a headline", "screaming", "Shakeup At The ‘Today Show’: Matt Replaced By Megyn", O),
    ("a dubious story", "[[alleging]] betrayal", "betrayal and backstabbing between the two television heavy-hitters", O),
    ("Mediaite‘s sister site Gossip Cop", "according to", "appears to be wholly manufactured by the publication", O),
    ("[[the tabloid]] offers", "[[claiming]] Kelly", "Kelly showed up Lauer ~~ Vladimir Putin", O),
    ("Lauer, [[Gossip Cop]] reports", "Gossip Cop [[reports]]", "will continue to be the face ~~ slated for June", O),
    ("From [[the report]]:", "[[From]] the report:", "The notion that Lauer ~~ calls it “laughable.”", O),
    ("an extremely well-placed NBC News insider", "[[says]] an extremely", "totally false", A, "denies"),
    ("our impeccable source", "source [[calls]]", "laughable", A),
    ("a number of demonstrably false stories", "touting", "a feud between Lauer and Kelly", O),
    ("another cover story from February", "[[alleging]] Lauer", "Lauer was going to be “dumped” ~~ former Fox News star", O),
    ("[[Kelly]]––who", "who [[said]]", "she’s friends with Lauer and respects him a lot", N),
    ("[[Kelly]]––who", "defended", None, N),
], chain=["Gossip Cop"], also_cites=["In Touch"])

annotate(E, "maj--5845005391", [
    ("a source close to Gwen", "shared", "Gwen is super proud ~~ on The Voice", A, "confirms"),
], chain=[], also_cites=[])

annotate(E, "maj--2981124886", [
    ("[[sources]] exclusively", "exclusively revealed", "there is a part of Travis ~~ the little girl’s father", A),
    ("[[sources]], Tim", "According to", "Tim even bragged ~~ spend with Kylie", A),
    ("[[Tim]] even bragged", "bragged about", "how much alone time he has been able to spend with Kylie", N),
    ("“[[He]]’s telling", "He[[’s telling]] his", "he’s been alone with Kylie tons of times in her house", N),
    ("when [[they]] ask", "they [[ask]] if", "[they’ve been ~~ intimate]", A),
    ("an insider", "insider [[revealed]]", "He’s telling his friends ~~ he simply smiles", A),
], chain=["In Touch"], also_cites=[])

annotate(E, "maj--699303448", [
    ("As [[RadarOnline.com]] previously", "previously reported", "Theroux and Stone have been jetting all over the world together", O),
    ("a source close to the Friends star", "told", "It bugs the hell ~~ taking this lying down", A, "confirms"),
], chain=["RadarOnline"], also_cites=[])
save(__file__)
