"""The one packaging rule pyproject.toml cannot say: the top-level resources/ folder (icons,
compiled translations, licence texts, the user guide) ships inside the package as
nurse_desk/resources, so an installed wheel finds them.

Everything else is in pyproject.toml (which files of resources/ go in: package-data).
nurse_desk/ui/resources.py looks in nurse_desk/resources first (wheel, bundle) and falls back to
the checkout's resources/ (make run and every editable install, so fresh translations show).
"""

from setuptools import find_namespace_packages, setup

# Its folders are data, not code; setuptools wants each folder that holds package data to be
# listed as a (namespace) package.
resources = find_namespace_packages(where="resources", exclude=["translations.ts"])

setup(
    packages=[
        *find_namespace_packages(include=["nurse_desk", "nurse_desk.*"]),
        "nurse_desk.resources",
        *(f"nurse_desk.resources.{name}" for name in resources),
    ],
    package_dir={"nurse_desk.resources": "resources"},
)
