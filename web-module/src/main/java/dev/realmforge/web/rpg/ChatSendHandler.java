package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.chat.ChatReceipt;
import dev.realmforge.engine.rpg.chat.ChatService;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cmd_chat_send}: local, global or direct message. */
@ApplicationScoped
class ChatSendHandler implements RpgHandler {

    @Inject
    ChatService chat;

    @Override
    public void handle(RpgRequest request) {
        Payloads.ChatSend payload = request.payloadAs(Payloads.ChatSend.class, RpgErrorCode.INVALID_MESSAGE_FORMAT);
        ChatReceipt receipt = chat.send(request.connection().player(), payload.channel(), payload.message(),
                payload.recipient());
        request.reply(MessageType.RESP_SUCCESS, new Payloads.ChatSent(receipt.messageId(),
                receipt.channel().key(), receipt.recipients()));
    }
}
