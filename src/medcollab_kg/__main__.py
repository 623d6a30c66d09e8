from medcollab_kg.cli.app import main

main()
