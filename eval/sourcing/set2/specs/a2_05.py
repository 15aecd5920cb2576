import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-823", [
    ("The 34-year-old", "opened up", "her decision to take a step back from modeling", I, "confirms"),
    ("The 34-year-old", "saying", "she’s focusing now on her organic skincare line ~~ Snapchat CEO Evan Spiegel", I, "confirms"),
    ("[[Kerr]] talks", "talks all about", "her newlywed life and the more feminine and masculine roles she and Spiegel (respectively) take on at home", N),
    ("[[Kerr]] old", "Kerr [[old]]", "Evan inspired me", I),
    ("[[He]] said, ‘Why", "He [[said]], ‘Why", "Why are you spending ~~ put everything into it.", N),
    ("[[She]] adds:", "adds", "I’ve modeled for 20 years, it’s just not a priority anymore", N, "confirms"),
    ("anymore,” [[she]] says", "anymore,” she [[says]]", "I’ve modeled for 20 years, it’s just not a priority anymore", N, "confirms"),
    ("effort,” [[she]] said", "effort,” she [[said]]", "My grandma taught me that men are visual and you need to make a little effort", N),
    ("My grandma", "taught", "men are visual and you need to make a little effort", N),
    ("[[she]] told The Edit", "she [[told]] The Edit", None, I),
    ("side,” [[she]] said", "side,” she [[said]]", "I am quite dominant in my career ~~ relax more into the feminine side", N),
], chain=[], also_cites=["The Edit"])

annotate(E, "maj--922278", [
    ("[[Sarah Hyland]] says doctors", "Sarah Hyland [[says]] doctors", "doctors won't listen to her concerns about \"chronic pain", N),
    ("The 27-year-old actress", "vented", ("doctors are \"not listening\" to her complaints about ongoing health issues", 2), S),
    (":),\" [[she]] wrote", ":),\" she [[wrote]]", ("For those who are chronically ill ~~ bare hands? :)", 1), S),
    ("with it,\" [[she]] wrote", "with it,\" she [[wrote]]", "My life for the next 6 to 8 weeks. ~~ I'm ok with it", S),
    ("[[Hyland]] has previously", "has previously spoken about", "her battle with kidney dysplasia, which required her to undergo a kidney transplant in 2012", N),
    ("[[She]] said in May", "She [[said]] in May", "her much-discussed weight loss was due to her being put on bed rest for months", N),
    ("[[the actress]] said", "the actress [[said]]", "My circumstances have put me ~~ as healthy as possible, as everyone should", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-239fake", [
    ("report by [[Star]]", "According to a report by", "the Jenner sisters and Hadid sisters are at war and Kris Jenner is fuelling the surprising conflict", O),
    ("A source", "A source [[told]]", "Kris is \"setting the stage\" for a nasty fight between the young models", A),
    ("The outlet", "also claims", "[Kris] is hell-bent on ~~ like Gigi currently has.", O),
    ("the source", "explained", "The bottom line is the Hadid girls ~~ top spot.", A),
    ("[[Gossip Cop]] writes", "writes", "Kendall and Kylie are not at ~~ just the opposite.", O),
], chain=["Star"], also_cites=["Gossip Cop"])

annotate(C, "celebrity-202fake", [
    ("In Touch Weekly", "According to", "Julia Roberts and Danny Moder's nearly 15-year marriage ~~ headed for a divorce", O),
    ("an insider", "an insider recently [[told]]", "They’ve been fighting over things ~~ how to raise their kids", A),
    ("an insider", "adding", "Danny, 48, is now basically living in the pair's Malibu guest house away from Julia", A),
    ("the family friend", "the family friend [[continued]]", "The problems keep piling up", A, "confirms"),
    ("The source", "additionally revealed", "Julia — who turns 50 in October — has been excessively flirting with younger men and Danny can't stand it", A),
    ("[[the insider]] revealed", "the insider [[revealed]]", "They were given VIP treatment, met the players and went on the field", A),
    ("[[the friend]] continued", "the friend [[continued]]", "Danny dutifully took photos ~~ red-faced with humiliation", A),
    ("[[the source]] said", "the source [[said]]", "[A few months later], she became ~~ between Real and Barcelona", A),
    ("[[the insider]] told", "the insider [[told]]", "Once again, Danny looked on ~~ another embarrassing photo session", A),
], chain=["In Touch"], also_cites=[])

annotate(C, "celebrity-246fake", [
    ("RadarOnline.com", "can exclusively reveal", "A reeling Johnny Depp is begging ex-wife Vanessa Paradis to get back together", O),
    ("an insider", "admitted", "Johnny now realizes that what he had with Vanessa was one of a kind", A),
    ("[[Heather Rassel]], who", "echoed", "Vanessa has been there for Johnny ~~ She’ll always stand by him", N),
    ("As [[Radar]] reported", "As Radar [[reported]]", "Depp ended his 14-year relationship to the mother of his children in 2012", O),
    ("[[Rassel]] added", "Rassel [[added]]", "I’m rooting for them to get back together", N),
    ("sources", "sources [[revealed]]", "the mother of Lily-Rose, 18, and Jack, 15 has moved on with French writer Samuel Benchetrit", A),
], chain=["RadarOnline"], also_cites=[])

save(__file__)
