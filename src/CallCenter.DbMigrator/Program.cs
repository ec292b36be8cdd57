Console.WriteLine("DbMigrator: not wired yet");
