"""The one packaging rule pyproject.toml cannot say: the top-level resources/ folder (translations,
icons) ships inside the package as nurse_desk/resources, so an installed wheel finds them.

Everything else is in pyproject.toml. nurse_desk/ui/resources.py looks in nurse_desk/resources
first (wheel, bundle) and falls back to the checkout's resources/ (make run, editable install).
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["nurse_desk", "nurse_desk.*"], exclude=["*.__pycache__"]),
        "nurse_desk.resources",
    ],
    package_dir={"nurse_desk.resources": "resources"},
)
