from ecomcareer.cli import main

main()
