from gossipcheck.cli import main

main()
