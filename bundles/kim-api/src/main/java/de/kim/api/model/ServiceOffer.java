package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A service offered to newcomers (Angebot): an integration course, counselling, a language café.
 *
 * @param id               assigned by the platform; ignored when a service is created
 * @param name             the service's name
 * @param providerOfficeId the office that provides it
 * @param topicArea        the topic area it belongs to
 * @param municipalities   the AGS keys of the municipalities where it is offered
 * @param description      free text, may be empty
 */
public record ServiceOffer(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 255) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long providerOfficeId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TopicArea topicArea, List<String> municipalities,
        String description) {

    public ServiceOffer {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
}
