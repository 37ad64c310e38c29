"""The data package as others reuse it: described by a metadata file beside the data."""
import json

import pytest

from mnjp import dataset, tables
from mnjp.errors import DataError


def test_the_clean_writer_takes_units_and_descriptions_from_the_metadata_file(scratch_root):
    extracted = scratch_root / "data" / "extracted"
    meta = extracted / "metadata.yml"
    text = meta.read_text(encoding="utf-8")
    assert "number: footnote number" in text and "(same_as is set). Derived." in text
    meta.write_text(text.replace("number: footnote number", "number: the footnote's number")
                    .replace("(same_as is set). Derived.", "(same_as is set). Derived, as edited."), encoding="utf-8")
    package = json.loads(dataset.render_clean(folder=extracted)["datapackage.json"])
    fields = {(r["name"], f["name"]): f for r in package["resources"] for f in r["schema"]["fields"]}
    assert fields[("references", "number")]["unit"] == "the footnote's number"
    assert fields[("visits", "counted")]["description"].endswith("(same_as is set). Derived, as edited.")
    assert fields[("visits", "date")]["constraints"]["pattern"] == tables.DATE_PATTERN
    assert package["resources"][-1]["name"] == "audit"


def test_a_broken_metadata_file_is_one_line_naming_it(scratch_root):
    extracted = scratch_root / "data" / "extracted"
    (extracted / "metadata.yml").write_text("package: [\n  name: x\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"metadata.yml: not valid YAML at line \d+, column \d+"):
        tables.read_metadata(extracted)
    (extracted / "metadata.yml").write_text("package: {}\n", encoding="utf-8")
    with pytest.raises(DataError, match="metadata.yml: the section 'article' is missing"):
        tables.read_metadata(extracted)
