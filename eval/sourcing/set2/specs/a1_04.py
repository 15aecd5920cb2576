import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-test-778", [
    ("a source", "source [[told]]", "Their children are only a few years apart ~~ low-key stuff at home", A),
    ("the source", "added", "Christina respects that he is a great father ~~ and social media", A),
], chain=[], also_cites=[])

annotate(E, "ffn-test-212", [], chain=[], also_cites=[])

annotate(E, "maj--914906", [
    ("after [[he]] confirmed", "after he [[confirmed]]", "they were engaged", N),
    ("one of his fans", "to [[ask]]:", "@Russelltovey are you still with @Steve_The_Brockman?", S),
    ("the Quantico actor", "replied", "No darling", S, "confirms"),
    ("picture [[he]] posted", "picture he [[posted]]", None, S),
    ("[[Russell]] confirmed", "Russell [[confirmed]]", "their engagement", N),
    ("[[Russell]] confirmed", "revealing", "it was a total surprise", N),
    ("the Essex-born star", "star [[told]]", "Completely unexpected ~~ back in London", I),
    ("his decision, [[he]] said", "his decision, he [[said]]", "It wasn’t a conscious decision. ~~ Being gay has made my career", I),
    ("[[ABC]] announced", "announced", "Quantico was being cancelled after three seasons", R),
], chain=[], also_cites=["Daily Mail", "The Guardian"])

annotate(E, "ffn-valid-573", [
    ("[[EW]] confirmed", "EW [[confirmed]]", "The legendary actress and comedian ~~ by Aaron Sorkin", O),
    ("The Wrap", "first reported", "this story", O),
], chain=["TheWrap"], also_cites=[])

annotate(E, "ffn-test-426", [
    ("Regenerating resistance leader-turned-wight hunter Beric Dondarrion", "speculating", "if the Night King himself ~~ would disappear too", N),
    ("[[he]] urged", "urged", "Kill him. ~~ He turned them all", N),
], chain=[], also_cites=[])

save(__file__)
