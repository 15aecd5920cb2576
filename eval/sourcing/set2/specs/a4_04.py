import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #15 Beckhams at Victoria's NYFW show
annotate(E, "ffn-valid-245", [
    ("the 43-year-old fashion designer", "designer [[captioned]]", "Kisses x #VBAW18 ~~ @brooklynbeckham #NYFW", S),
    ("[[David]] Instagrammed", "Instagrammed", None, S),
    ("[[David]] Instagrammed", "writing", "Show day... ~~ we miss you @brooklynbeckham.", S),
    ("the show, [[Victoria]] sweetly", "sharing", None, S),
    ("the show, [[Victoria]] sweetly", "Harper, [[captioned]]", "Love u baby girl x ~~ kisses x VB.", S),
    ("The Beckham parents", "sent their best", None, N),
], chain=[], also_cites=[])

# #16 Avengers: Infinity War box office record
annotate(E, "maj--930791", [
    ("Fox’s Deadpool star Ryan Reynolds", "sent congratulations", None, S),
    ("EW", "explains", "that Infinity Wars post-credits scene", O),
    ("Anthony Breznican", "gives some background", "the surprise keeper of the Soul Stone", N),
], chain=[], also_cites=["Entertainment Weekly"])

# #17 Chris Stapleton Best Country Album
annotate(E, "maj--908911", [
    ("proud he was, [[he]] quietly", "expressing", "how proud he was", N),
    ("proud he was, [[he]] quietly", "quietly [[said]]", "Thank you to everybody ~~ joy to make music.", N),
    ("producer Dave Cobb", "offered a few thanks", None, N),
    ("Donny Wahlberg and his co-presenter Hailee Steinfeld", "referenced", "Johnny Cash", N),
], chain=[], also_cites=[])

# #18 Brandon Flynn reacts to Sam Smith kiss meme
annotate(E, "maj--916789", [
    ("The 13 Reasons Why star", "took to social media", None, S),
    ("a “Best of Grindr” Instagram account", "account [[posted]]", None, S),
    ("[[the tweet]] read", "tweet [[read]]", "Congratulations to Sam Smith ~~ first ever kiss", S),
    ("[[Flynn]] weighed in", "weighed in", "the post", S),
    ("[[Flynn]] weighed in", "conveying", None, S),
    ("[[He]] posted an Instagram pic", "He [[posted]]", None, S),
    ("[[He]] posted an Instagram pic", "pic on Tuesday [[captioned]]", "F***ing Freezing", S),
], chain=[], also_cites=[])

# #19 Kesha Teen Vogue essay on cyberbullying
annotate(E, "ffn-valid-779", [
    ("shared by [[Kesha]] (@iiswhoiis)", "A post shared by", None, S),
    ("songwriter, [[Kesha]] has vowed", "has vowed", "to spend less time online ~~ on her health", N, "confirms"),
    ("The 30-year-old", "Young,” [[wrote]] an essay", None, I),
    ("The 30-year-old", "revealing", "she has encountered ~~ fired back at them", I),
    ("today,” [[she]] wrote", "today,” she [[wrote]]", "When I think about the kind ~~ goes on today", N),
    ("[[Kesha]] calls it", "Kesha [[calls]] it", "vicious cycle", N),
    ("[[Kesha]] calls it", "cycle,” [[writing]] that", "reading all the mean comments ~~ anxiety and depression", N),
    ("disorder,” [[she]] wrote", "disorder,” she [[wrote]]", "Seeing paparazzi photos ~~ fueled my eating disorder", N),
    ("with [[the singer]] writing", "singer [[writing]] in Teen Vogue", "she has “grown up a lot” in the past few years", I),
    ("you did,” [[she]] wrote", "you did,” she [[wrote]]", "I’ve realized that once ~~ so happy you did", N),
    ("[[Kesha]] goes on to share", "goes on to share", "she has changed her relationship ~~ to her lifestyle", N, "confirms"),
    ("depression,” [[she]] wrote", "depression,” she [[wrote]]", "I love it because ~~ anxiety and depression", N),
    ("self-help, [[Kesha]] writes", "self-help, Kesha [[writes]]", "she took a pledge ~~ more time outdoors", N, "confirms"),
    ("beach,” [[she]] wrote", "beach,” she [[wrote]]", "For me, some of the most ~~ a bike by the beach", N),
    ("note, [[Kesha]] writes", "note, Kesha [[writes]]", "Remember that beauty ~~ the magic you make.", I),
    ("Related:\n\n[[Kesha]] Opens up", "Opens up", "Eating Disorder Stemming From Dr. Luke's Alleged Body Shaming", N),
], chain=[], also_cites=["Teen Vogue"])

save(__file__)
