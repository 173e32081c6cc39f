"""Package list for setuptools: the top-level ``resources/`` installs as ``viewer.resources``."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["viewer", "viewer.*"]), "viewer.resources"],
    package_dir={"viewer.resources": "resources"},
)
