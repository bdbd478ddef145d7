package de.norderstedt.go.platform.directory;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The directory rows read during one request: the role check and the service ask once, not three times. */
@RequestScoped
class DirectoryCache {

    final Map<String, Optional<ParticipantDirectory.Ref>> bySubject = new HashMap<>();
}
