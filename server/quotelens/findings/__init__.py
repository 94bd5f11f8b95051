"""What an article says: people and officials, quotes and their speakers, sanctions; pure functions over a parsed
document."""
