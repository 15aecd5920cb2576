import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-056legit", [
    ("The answer was yes! [[Sarah Jessica Parker]]", "took to Instagram to very publicly declare", "she was sending Cattrall love ~~ Cattrall's special day", S, "confirms"),
    ("[[Parker]] signed", "Parker [[signed]]", "Your ol' pal, fellow mischief maker, and 'sister,' Sj,", S),
    ("[[Us Weekly]] notes", "Us Weekly [[notes]]", "The ladies reportedly had a big falling out ~~ on the HBO series,", O),
    ("[[Us]] reports", "Us [[reports]]", "their alleged disagreement over money ~~ Sex and the City films", O),
    ("[[Parker and Cattrall]] have denied", "have denied", None, N, "confirms"),
    ("2009, [[Parker]] told Elle", "Parker [[told]] Elle", "I don't think anybody wants to believe ~~ without her.", I),
    ("[[Cattrall]], in turn", "in turn, [[told]] the magazine", "She shines and she allows you to shine as well.", I),
    ("posted by [[Sarah Jessica Parker]]", "posted by", None, S),
    ("in which [[Parker]] calls", "Parker [[calls]]", "[[Cattrall a beauty]] and wishes", S),
    ("in which [[Parker]] calls", "and [[wishes]] her joy", "wishes [[her joy and an adventure-filled year]]", S),
    ("like [[Carrie]] said", "like Carrie [[said]]", "Friendships never go out of style.", N),
    ("like [[Samantha]] said", "like Samantha [[said]]", "I support you, and these ~~ in their places.", N),
], chain=[], also_cites=["Us Weekly", "Elle", "Daily Mail"])

annotate(C, "celebrity-205legit", [
    ("noted DC Comics insider Umberto Gonzalez", "Gonzalez [[dropped]]", None, I),
    ("the reporter", "the reporter [[said]]", "Affleck has started a new training ~~ for The Batman", I),
    ("[[Gonzalez]] told fans", "Gonzalez [[told]] fans", "Ben Affleck, Batman, I just got word ~~ getting back in shape,", N),
    ("News, [[the director]] admitted", "admitted", "he’s been a Batman fanboy for years", I),
    ("[[Reeves]] said", "Reeves [[said]]", "It’s a strange thing to be involved ~~ most as a child,", N),
], chain=[], also_cites=["New York Daily News"])

annotate(C, "celebrity-119legit", [
    ("an onlooker", "onlooker [[told]] PEOPLE", "Kendall was in a great mood,", A),
    ("Another source", "Another source [[added]]", "Kendall is very happy with Blake. ~~ getting to know him.", A),
], chain=["People"], also_cites=[])

annotate(C, "celebrity-016legit", [
    ("night, [[Kim]] opted", "and [[chatting]] to fans", None, S),
    ("internet, [[Chrissy]] wrote", "Chrissy [[wrote]]", "Talk about a huge instagram announcement.", S),
    ("[[She]] then added", "She then [[added]]", "I am pregnant with ~~ triplets.", S),
    ("mother-of-one Chrissy", "Chrissy [[added]]", "But really. Congrats ~~ Hive forever.", S),
    ("friend [[Rihanna]], who wrote", "Rihanna, who [[wrote]]", "So excited about this news!!!! ~~ big bro Jay!!!", S),
    ("[[Rita Ora]], who was falsely", "year, [[tweeted]] with the photo", "Yay!!!!! ~~ soooooo beautiful!!!!!", S),
    ("Model Hailey Baldwin", "Baldwin [[said]]", "I feel like I'm more excited ~~ my own child.", N),
    ("Actress Brie Larson", "Larson [[wrote]]", "NO – YOU ARE CRYING BECAUSE BEYONCÉ IS HAVING TWINS.", S),
    ("Jurassic World star Bryce Dallas Howard", "declared", "I think we all really needed this. #twins.", S),
    ("[[She]] captioned it", "She [[captioned]] it", "We would like to share our love ~~ - The Carters.", S),
    ("[[The star]] later revealed", "later revealed", "she had miscarried a child around 2010", N),
    ("[[The star]] later revealed", "describing", "it as the \"saddest thing\" she had ever been through", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-218legit", [
    ("Reporter, [[Jenner]] said", "Jenner [[said]] she worries", "she worries about how her six grandchildren ~~ family business", I, "confirms"),
    ("choice,” [[she]] said", "choice,” she [[said]]", "It’s my grandchildren who I worry about ~~ they don’t have a choice,", N, "confirms"),
    ("[[Jenner]] said her daughters", "Jenner [[said]] her daughters", "her daughters’ “thick skin” ~~ trolls of reality TV", N),
    ("as [[she]] talked about", "talked about", "how her life as a reality star has evolved", I),
    ("philosophy, [[I]] told the kids", "I [[told]] the kids", "Don’t get on the Internet.", N),
    ("[[She]] added that Kim", "She [[added]] that Kim", "Kim Kardashian West “leads the pack” ~~ critics alike", N),
], chain=[], also_cites=["The Hollywood Reporter"])
save(__file__)
