package dev.realmforge.engine.rpg.chat;

import dev.realmforge.engine.rpg.map.ChunkSize;
import dev.realmforge.engine.chat.ChatRules;
import dev.realmforge.engine.chat.ProfanityFilter;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.persistence.account.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends chat. Checks run in a fixed order: channel, cooldown, text, permission or recipient. Only a
 * delivered message starts the cooldown. Local and global messages reach the sender too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class ChatService {

    @Inject
    OnlinePlayers online;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.chat.max-length", defaultValue = "256")
    int maxLength;

    @Inject
    @ConfigProperty(name = "realmforge.chat.local-chunk-radius", defaultValue = "3")
    int localChunkRadius;

    @Inject
    @ConfigProperty(name = ChunkSize.KEY, defaultValue = ChunkSize.DEFAULT)
    int chunkSize;

    @Inject
    @ConfigProperty(name = "realmforge.chat.global-roles", defaultValue = "moderator,admin")
    List<String> globalRoles;

    @Inject
    @ConfigProperty(name = "realmforge.chat.profanity.enabled", defaultValue = "true")
    boolean profanityEnabled;

    @Inject
    @ConfigProperty(name = "realmforge.chat.profanity.words", defaultValue = "damn,crap,bloody")
    List<String> profanityWords;

    private ChatRules rules;
    private ChatReach reach;

    @PostConstruct
    void init() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        globalRoles.forEach(r -> roles.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT))));
        ProfanityFilter filter = profanityEnabled ? new ProfanityFilter(profanityWords) : ProfanityFilter.disabled();
        rules = new ChatRules(maxLength, filter);
        reach = new ChatReach(localChunkRadius, chunkSize, roles);
    }

    public ChatReceipt send(OnlinePlayer sender, String channelName, String text, String recipientName) {
        ChatChannel channel = ChatChannel.parseSendable(channelName);
        Instant now = clock.instant();
        rules.checkCooldown(sender.chatCooldown().remaining(now));
        String accepted = rules.acceptText(text);

        List<OnlinePlayer> recipients = switch (channel) {
            case LOCAL -> online.all().stream()
                    .filter(p -> reach.inLocalRange(sender.position(), p.position()))
                    .toList();
            case GLOBAL -> {
                reach.checkGlobalAllowed(sender.role());
                yield List.copyOf(online.all());
            }
            case DM -> List.of(dmRecipient(recipientName));
            case SYSTEM -> throw new IllegalStateException("players cannot send system messages");
        };

        sender.chatCooldown().start(now);
        ChatMessageEvent event = new ChatMessageEvent(sender.username(), accepted, channel, now);
        recipients.forEach(p -> p.link().deliver(event));
        return new ChatReceipt(sender.playerId() + "_" + now.toEpochMilli(), channel,
                recipients.stream().map(OnlinePlayer::username).collect(Collectors.toList()));
    }

    private OnlinePlayer dmRecipient(String recipientName) {
        if (recipientName == null || recipientName.isBlank()) {
            throw new GameRuleException(RpgErrorCode.CHAT_DM_RECIPIENT_NOT_FOUND, "No recipient given");
        }
        return online.byUsername(recipientName).orElseThrow(() -> new GameRuleException(
                RpgErrorCode.CHAT_DM_RECIPIENT_NOT_FOUND, "Player not found or offline",
                Map.of("recipient", recipientName)));
    }
}
