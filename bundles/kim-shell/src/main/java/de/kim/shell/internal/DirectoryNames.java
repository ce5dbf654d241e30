package de.kim.shell.internal;

import de.kim.api.DirectoryService;
import de.kim.api.NotFoundException;
import de.kim.api.model.Municipality;
import de.kim.api.model.Office;

/** Names for the ids and keys the console lists would otherwise print: "Jobcenter … (15)", "Sundern (05958044)". */
final class DirectoryNames {
    private final DirectoryService directory;

    DirectoryNames(DirectoryService directory) {
        this.directory = directory;
    }

    String office(Long id) {
        if (id == null) {
            return "–";
        }
        try {
            Office office = directory == null ? null : directory.office(id);
            return office == null ? "office " + id : office.name() + " (" + id + ")";
        } catch (NotFoundException e) {
            return "office " + id;
        }
    }

    String municipality(String ags) {
        if (ags == null) {
            return "–";
        }
        try {
            Municipality m = directory == null ? null : directory.municipality(ags);
            return m == null ? ags : m.name() + " (" + ags + ")";
        } catch (NotFoundException e) {
            return ags;
        }
    }
}
