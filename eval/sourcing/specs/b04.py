import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-test-1002", [
    ("[[she]] told Marie", "she [[told]] Marie", "it was like \"cotton candy: ~~ lasted an instant", I),
    ("[[she]] told E!", "she [[told]] E!", "she worries what she'd find online", I),
    ("[[she]] said.", "she [[said]].", "I have too much potential for collapse", N),
], ["Marie Claire", "E! News"])
annotate(E, "ffn-valid-375", [
    ("[[TMZ]] reports", "TMZ [[reports]]", "He had complications ~~ New Jersey hospital", O),
    ("[[TMZ]] reported", "TMZ [[reported]]", "Frank Vincent had a heart attack last week", O),
    ("his website", "website [[said]]", "He made his acting debut ~~ Ralph DeVito", I),
    ("Actor Vincent Pastore", "Sopranos, [[said]]", "We lost a great character actor ~~ stay in our memory.", I),
], ["TMZ", "The Blast"])
annotate(E, "ffn-valid-938", [
    ("their birth certificates", "certificates [[show]] that", "their mother, Beyoncé, shares ~~ Kim Kardashian.", I),
    ("TMZ", "according to", "Kim and Queen B had ~~ Dr Paul Crane", O),
    ("Reports", "Reports [[say]]", "the twins were born ~~ soon after", O),
    ("shared by [[Beyoncé]]", "A post shared by", "Sir Carter and Rumi 1 month today.", S),
], ["TMZ"])
annotate(E, "maj--903088", [
    ("Justin Timberlake", "announced", "a new album entitled ~~ coming Friday", S),
    ("[[he]] says in the video", "he [[says]] in", "This album is really inspired ~~ it’s personal", S),
    ("[[Pharrell Williams]], who", "who [[says]]", "It feels so earthy ~~ in your life right now", S),
    ("Pharrell Williams", "adding", "That is a smash", S),
    ("[[he]] has been saying", "has been saying", "the album, on which ~~ reflected his roots", N),
    ("[[he]] has been saying", "calling", "Southern American music.", N),
    ("Variety", "reported", "he was the frontrunner on Sept. 27", O),
], ["Variety"])
annotate(E, "ffn-valid-730", [
    ("E! News", "reports", "she has a particular outlook ~~ lack thereof", O),
    ("[[she]] said when", "she [[said]] when", "I mean I don't think anybody truly, actually cares", N),
    ("[[She]] added", "She [[added]]", "Look, my family is great ~~ not really ashamed", N),
    ("[[she]] recently revealed", "revealed", "the kidney transplant ~~ \"life-or-death", N),
    ("[[she]] later thanked", "thanked", "saving my life", N),
    ("As [[she]] said in", "she [[said]] in", "I am grateful for who I am.", I),
], ["E! News", "Billboard"])
annotate(E, "maj--928968", [
    ("Variety", "reports", "ABC has just renewed ~~ drama series ever", O),
    ("creator Rhimes", "announced", "she was jumping ship ~~ shows for Netflix", N),
], ["Variety"])
annotate(E, "ffn-test-1048", [
    ("the lawyer", "lawyer [[told]]", "I’m not here to help ~~ for self-promotion", R),
    ("the lawyer", "further saying", "Tran was only going ~~ her “profile.", R),
    ("[[He]] insisted", "insisted", "the model-actress’ allegations are untrue", R),
    ("[[He]] insisted", "and [[said]] her case", "her case against him is “doomed to failure.", R),
    ("[[he]] tells Gossip", "he [[tells]]", "Mark should put up ~~ is reprehensible", R),
    ("[[York]] continues", "York [[continues]]", "This is real life ~~ where they fall.", R),
    ("As [[Gossip Cop]] previously", "previously noted", "one of Tran’s friends ~~ face him in court", O),
    ("The photographer", "photographer [[said]]", "he plans to press assault and battery charges", A),
    ("Mark Geragos", "responded", "They can’t even serve ~~ #teambreezy.", S),
], ["TMZ"])
