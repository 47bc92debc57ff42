"""``python -m polittext``: the same program as the ``polittext`` command."""

from polittext.cli import main

raise SystemExit(main())
