package org.mutualportal.core.exchange;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the request feed and the cursor to ask for the next one. */
@Schema(name = "RequestFeedPage", description = "Une page du flux des demandes.")
public record FeedPage(
        @Schema(type = SchemaType.ARRAY, implementation = FeedItem.class, description = "Demandes non encore acquittées, les plus anciennes d'abord.") List<FeedItem> items,
        @Schema(description = "Curseur opaque à passer en after= pour la page suivante du même passage.",
                example = "74120.1587") String next,
        @Schema(description = "Vrai quand d'autres demandes suivent déjà.") boolean more) {
}
