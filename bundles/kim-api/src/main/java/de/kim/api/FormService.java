package de.kim.api;

import de.kim.api.model.FormDefinition;
import de.kim.api.model.FormSubmission;
import java.util.List;
import java.util.Map;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Forms contributed by extensions and their submissions on cases. */
@ProviderType
public interface FormService {

    /** The current version of every form, active ones and, if asked, deactivated ones. */
    List<FormDefinition> forms(boolean includeInactive);

    /**
     * The version of a form in use ({@code version} null), or the given version, in use or not.
     *
     * @throws NotFoundException if the form is not in use (version null) or no such version was declared
     */
    FormDefinition form(String id, String version);

    /** Every version of a form ever declared, newest first. */
    List<FormDefinition> versions(String id);

    /**
     * The forms in use that apply to a case: those for every town or for the case's town, and for every client
     * or for a Rechtskreis the client has had a period in. For whoever may submit forms on the case.
     *
     * @throws NotFoundException if the case is not there for the caller
     */
    List<FormDefinition> offered(de.kim.api.access.Caller caller, long caseId);

    /**
     * Validates {@code data} against the form's active version (JSON Schema and the validators
     * bundles registered for it) and stores it on the case.
     *
     * @throws NotFoundException   if there is no such case or form
     * @throws ConflictException   if the form is no longer active
     * @throws ValidationException with one violation per failing field
     */
    FormSubmission submit(Caller caller, long caseId, String formId, Map<String, Object> data);

    /** The case's submissions, newest first, whether or not their form is still active. */
    List<FormSubmission> submissions(Caller caller, long caseId);

    /** @throws NotFoundException if the case has no such submission */
    FormSubmission submission(Caller caller, long caseId, long submissionId);
}
