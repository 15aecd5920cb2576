import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-779", [
    ("by [[Kesha]] (@iiswhoiis)", "A post shared by", None, S),
    ("songwriter, [[Kesha]] has vowed", "has vowed", "to spend less time online ~~ on her health", N),
    ("The 30-year-old best known for her hits, “Tik Tok” and “Die Young,”", "wrote an essay", None, I),
    ("The 30-year-old best known for her hits, “Tik Tok” and “Die Young,”", "[[revealing]] she has",
     "she has encountered ~~ fired back at them", I),
    ("today,” [[she]] wrote", "today,” she [[wrote]]", "When I think about ~~ what goes on today", I),
    ("[[Kesha]] calls it", "[[writing]] that reading", "reading all the mean comments ~~ anxiety and depression", I),
    ("disorder,” [[she]] wrote", "disorder,” she [[wrote]]", "Seeing paparazzi photos ~~ my eating disorder", I),
    ("the singer", "singer [[writing]]", "she has “grown up a lot” in the past few years", I),
    ("you did,” [[she]] wrote", "you did,” she [[wrote]]", "I’ve realized that once ~~ so happy you did", I),
    ("[[Kesha]] goes on", "goes on to share", "she has changed her relationship ~~ to her lifestyle", N),
    ("depression,” [[she]] wrote", "depression,” she [[wrote]]", "I love it because ~~ anxiety and depression", I),
    ("[[Kesha]] writes she", "Kesha [[writes]] she", "she took a pledge ~~ time outdoors", I),
    ("beach,” [[she]] wrote", "beach,” she [[wrote]]", "For me, some of the most ~~ by the beach", I),
    ("[[Kesha]] writes,", "Kesha [[writes]],", "Remember that beauty ~~ the magic you make.", I),
], chain=[], also_cites=["Teen Vogue"])

annotate(E, "maj--953757", [
    ("[[Katie Holmes]] told a Seventeen", "Holmes [[told]] a Seventeen", "her crush on Tom Cruise", I),
    ("[[Holmes]] told a reporter", "Holmes [[told]] a reporter", "I used to think that I was going to marry Tom Cruise", I),
    ("a reporter for Seventeen magazine", "later wrote about", "the interview and its possible significance", A),
], chain=[], also_cites=["Seventeen", "Huffington Post"])

annotate(E, "maj--922278", [
    ("(UPI) -- [[Sarah Hyland]] says", "Hyland [[says]]", "doctors won't listen ~~ \"chronic pain.\"", N),
    ("The 27-year-old actress", "vented", ("doctors are \"not listening\" ~~ ongoing health issues", 2), S),
    (":),\" [[she]] wrote", ":),\" she [[wrote]]", ("For those who are chronically ill ~~ hands? :)", 1), S),
    ("it,\" [[she]] wrote", "it,\" she [[wrote]]", "My life for the next 6 to 8 weeks. I'm ok with it", S),
    ("[[Hyland]] has previously", "has previously spoken", "her battle with kidney dysplasia", N),
    ("[[She]] said in May", "She [[said]] in May", "her much-discussed weight loss ~~ bed rest for months", N),
    ("the actress", "actress [[said]]", "My circumstances have put me ~~ as everyone should", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-239fake", [
    ("report by [[Star]]", "According to a report by", "the Jenner sisters and Hadid ~~ surprising conflict", O),
    ("A source", "source [[told]] the gossip", "Kris is \"setting the stage\" ~~ the young models", A),
    ("The outlet", "also claims", "[Kris] is hell-bent ~~ currently has.", O),
    ("the source", "source [[explained]]", "The bottom line is ~~ in the top spot.", A),
    ("[[Gossip Cop]] writes", "Gossip Cop [[writes]]", "Kendall and Kylie are not ~~ just the opposite.", O),
], chain=["Star"], also_cites=["Gossip Cop"])

annotate(C, "celebrity-021fake", [
    ("OK! Magazine", "Magazine [[is reporting]]", "the \"Wildest Dreams\" singer ~~ in the Park With George", O),
    ("The tabloid", "tabloid [[is reporting]]", "a source is saying ~~ back in 2010", O),
    ("that [[a source]] is saying", "is saying", "Taylor is the one reaching ~~ back in 2010", A),
    ("[[The source]] said", "The source [[said]]", "Taylor was so young ~~ where things go.", A),
    ("An unidentified source", "source [[told]] Star", "He said he owed Taylor ~~ ever since.", A),
    ("\"[[He]] said he owed", "He [[said]] he owed", "he owed Taylor an apology ~~ between them", N),
    ("her ex's friend", "friend [[asked]] her", "if they were giving their relationship a second chance", A),
    ("[[This guy]] walks", "starts talking about", "how he's heard we're going to get back together", A),
    ("So [[I]] start telling", "start telling", "the story: break up, ~~ the worst!", N),
    ("songwriting partner Max Martin", "Martin) [[said]]", "'[[This is what we're writing]],'", N),
    ("[[she]] once revealed", "once revealed", "This guy walks in ~~ we're writing,'", I),
    ("The lyrics in the track", "track [[said]]", "I'm really gonna miss you ~~ much cooler than mine.", I),
    ("a source close to them", "them [[told]] Gossip", "there was \"no truth\" to the report", A, "denies"),
], chain=["OK!"], also_cites=["Star", "Gossip Cop"])

save(__file__)
