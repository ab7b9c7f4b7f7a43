"""``python -m diplograph``: the same CLI as the ``diplograph`` command."""

from diplograph.cli import main

if __name__ == "__main__":
    main()
