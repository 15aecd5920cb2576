import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-916", [
    (("an NW magazine report", 1), ("according to", 1), ("The high-profile couple is now ready ~~ start a family", 1), O),
    (("The publication", 1), ("claimed", 1), ("after the lovebirds spent time ~~ family of their own", 1), O),
    (("a family friend of the Hemsworth's", 1), ("allegedly revealed", 1), ("They've wanted a baby for ages, but the timing was never right", 1), A),
    ("the 'source'", "continued", "But now they feel as ready as they'll ever be", A),
    (("the 'insider'", 1), ("added", 1), ("She told Liam she's ready to make getting pregnant a top priority", 1), A),
    (("'[[She]] told Liam", 1), ("She [[told]] Liam", 1), ("she's ready to make getting pregnant a top priority", 1), N, "confirms"),
    ("[[The couple]] twice", "twice broke up in 2010, [[announced]]", "their engagement", N),
], chain=["NW"], also_cites=[])

annotate(E, "maj--9790680581", [
    ("A new report", "claiming", "to have “exclusive” details about Kourtney Kardashian ’s sex life with Younes Bendjima", O),
    ("HollywoodLife", "now purports", "to have the lowdown on the apparent couple’s bedroom escapades", O),
], chain=[], also_cites=["HollywoodLife"])

annotate(E, "fnn-gossipcop-9406231872", [
    ("An insider", "tells", "why she called it off", A),
    ("a source close to Taylor", "Taylor, 27, [[told]]", "[Taylor Swift] really meant it ~~ weekend performance", A, "confirms"),
    ("when [[she]] said", "when she [[said]]", "she didn’t want to be seen ~~ weekend performance", N),
], chain=[], also_cites=[])

annotate(E, "maj--3860596146", [
    ("Friends of newly single Jennifer Aniston", "have revealed", "Justin Theroux ‘truly put her through hell’ during their three year marriage", A, "confirms"),
    ("An explosive report from Life & Style", "states", "their two and a half ~~ never a real marriage.’", O),
    ("pals of the former Friends star", "According to", "Jen would often end up at best friend Courteney Cox’s house in floods of tears", A),
    ("says [[the source]]", "[[says]] the source", "The way Jen sees it, Justin simply refused to change", A),
    ("after [[they]] announced", "announced", "their shock break up", N),
    ("[[Justin]] took to Instagram", "took to Instagram", None, S),
    ("the friend", "spills", "Justin is a classic ladies’ man and flirt, and it always drove Jen up the wall", A),
    ("[[the source]] goes on", "goes on to reveal", "the former couple shared ‘harsh words’ ~~ the West Coast", A),
    ("the insider", "reveals", "it was obvious Justin’s heart was never really in their relationship", A),
    ("‘[[Jen]] complained", "complained", "he never said ‘I love you’", N),
], chain=["Life & Style"], also_cites=[])

annotate(E, "maj--1858381621", [
    ("the gold medal-winning Olympian", "Olympian–who [[confirmed]]", "her transition from male to female", N),
    ("the gold medal-winning Olympian", ("revealed", 1), "her new identity as Caitlyn", N),
    ("the gold medal-winning Olympian", "–[[says]] that", "she underwent gender reassignment surgery in January 2017", I, "confirms"),
    ("PEOPLE", "has confirmed", "In her new memoir ~~ in January 2017", O),
    ("[[she]] writes", "she [[writes]]", "The surgery was a success, and I feel not only wonderful but liberated", I, "confirms"),
    ("RadarOnline", "according to", "“The surgery ~~ writes in the memoir", O),
    ("[[she]] writes", "calling", "complex", I),
    ("[[Jenner]] says she decided", "Jenner [[says]] she decided", "she decided to be open ~~ have it done", N),
    ("candor,” [[she]] says", "candor,” she [[says]]", "I am telling you because I believe in candor", N),
    ("” [[Jenner]] previously", "previously said", "Gender confirmation surgery is something ~~ you look into", I),
], chain=["People"], also_cites=["RadarOnline"])

save(__file__)
