from ecomcareer.cli import script

script()
